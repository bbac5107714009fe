namespace Parley.Nlp.Entities;

public sealed partial class EntityTagger
{
    /// <summary>
    /// Proper adjectives: an adjective (tagger UPOS ADJ) written with a capital inside a sentence before the lower-case
    /// word it modifies — not the sentence's first word, no capitalised word before it, outside every mention, no
    /// nationality word (those are NORP) — is derived from a name ("Calvinist doctrine", "the Paralympic team", "Biblical scholars", "the Illyrian tribes"),
    /// which CoNLL 2003 marks as MISC ("adjectives and other words derived from a word which is a location,
    /// organisation, miscellaneous or person"; religions, ideologies). A common adjective capitalised by a heading or
    /// for emphasis ("a Great success", "Main course") is told apart by the unlabelled text: the word must be
    /// capitalised in over 90 % of its uses inside sentences there (<see cref="WordClusters.CapitalisedBucket"/>), or
    /// be unseen there with a name-adjective ending (-an, -ese, -ic, -ish, -ist, -ite: "Guadeloupean", "Gabonese").
    /// GUM marks none of these words as an entity, so PER/ORG/LOC are untouched.
    /// </summary>
    internal static EntitySpan[] WithProperAdjectives(EntitySpan[] spans, ReadOnlySpan<string> words, ReadOnlySpan<string> upos, NerGazetteer gazetteer)
    {
        List<EntitySpan>? result = null;
        int first = FirstWord(words), next = 0;
        for (int i = first + 1; i < words.Length; i++)
        {
            while (next < spans.Length && spans[next].End <= i) next++;
            if (next < spans.Length && spans[next].Start <= i) continue;
            if (upos[i] != "ADJ" || !IsProperAdjective(words[i]) || gazetteer.IsNorp(words[i])) continue;
            if (IsCapitalised(words[i - 1]) || i + 1 >= words.Length || words[i + 1].Length == 0 || !char.IsLower(words[i + 1][0])) continue;
            (result ??= [.. spans]).Add(new EntitySpan(i, i + 1, EntityTypes.Misc));
        }
        return result is null ? spans : [.. result.OrderBy(x => x.Start)];
    }

    /// <summary>A capitalised, otherwise lower-case word of letters that the unlabelled text nearly always capitalises, or does not know and that ends like an adjective made from a name.</summary>
    private static bool IsProperAdjective(string w)
    {
        if (w.Length < 4 || !char.IsUpper(w[0])) return false;
        for (int k = 1; k < w.Length; k++)
            if (!char.IsLower(w[k]) && !(w[k] == '-' && k + 1 < w.Length)) return false;
        int bucket = WordClusters.Default.CapitalisedBucket(w.ToLowerInvariant());
        if (bucket >= 5) return true;
        return bucket == 0 && NameAdjectiveEndings.Any(e => w.EndsWith(e, StringComparison.Ordinal));
    }

    private static readonly string[] NameAdjectiveEndings = ["an", "ese", "ic", "ish", "ist", "ite"];
}
