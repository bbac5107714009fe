namespace Parley.Nlp.Entities;

public sealed partial class EntityTagger
{
    /// <summary>
    /// One sense per discourse (Gale, Church &amp; Yarowsky 1992; the label consistency of Krishnan &amp; Manning 2006): a
    /// name the tagger found as a person, organisation or place somewhere in the document names the same thing where the
    /// document writes it again and the tagger missed it ("Vellis was founded …" after "… the port of Vellis"). An
    /// occurrence counts when it stands alone — no capitalised word right before it (except at a sentence's first
    /// word), and punctuation or a closed-class word right after it (<see cref="EndsName"/>) — and the document never writes the name's one word in lower case inside a sentence
    /// (which would make it a common word capitalised by position). Abbreviations in capitals are left out: a document
    /// writes its topic's short form ("ML", "DH") as a common noun, and a short form it defines is followed by
    /// <see cref="ShortFormRepeats"/>.
    /// </summary>
    /// <summary>
    /// Whether a name may end right before <paramref name="next"/>: punctuation or a closed-class word. A capitalised
    /// word would continue the name, and a lower-case content word may be the noun the name modifies ("a Vellis
    /// attorney", "the Vellis team"), where GUM and OntoNotes mark no name.
    /// </summary>
    private static bool EndsName(string next) => next.Length > 0 && !char.IsLetterOrDigit(next[0]) || NameEnders.Contains(next);

    private static readonly HashSet<string> NameEnders = new(StringComparer.Ordinal)
    {
        "is", "was", "are", "were", "be", "been", "has", "had", "have", "will", "would", "can", "could", "may", "might",
        "must", "should", "shall", "did", "does", "do", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for",
        "from", "by", "with", "as", "into", "than", "that", "which", "who", "whose", "where", "when", "while", "after",
        "before", "since", "until", "about", "under", "over", "near", "between", "during", "through", "also", "then",
        "itself", "himself", "herself", "themselves",
    };

    private static bool IsAllCapitals(string word) => !word.Any(char.IsLower);

    internal static void MissedRepeats(IReadOnlyList<string[]> sentences, EntitySpan[][] spans, HashSet<string> lower)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int s = 0; s < spans.Length; s++)
            foreach (var x in spans[s])
                if (x.End - x.Start == 1 && x.Type is EntityTypes.Person or EntityTypes.Organisation or EntityTypes.Location
                    && !lower.Contains(sentences[s][x.Start].ToLowerInvariant()) && !IsAllCapitals(sentences[s][x.Start]))
                    names.TryAdd(sentences[s][x.Start], x.Type);
        if (names.Count == 0) return;
        for (int s = 0; s < spans.Length; s++)
        {
            var w = sentences[s];
            List<EntitySpan>? list = null;
            int first = FirstWord(w);
            for (int i = 0; i < w.Length; i++)
            {
                if (!names.TryGetValue(w[i], out var type)) continue;
                if (i > first && IsCapitalised(w[i - 1]) || i + 1 < w.Length && !EndsName(w[i + 1])) continue;
                var current = list ?? [.. spans[s]];
                if (current.Any(y => y.Start <= i && i < y.End)) continue;
                current.Add(new EntitySpan(i, i + 1, type));
                list = current;
            }
            if (list is not null) spans[s] = [.. list.OrderBy(x => x.Start)];
        }
    }
}
