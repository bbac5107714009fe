namespace Parley.Nlp.Entities;

public sealed partial class EntityTagger
{
    /// <summary>
    /// Quoted titles: two to <see cref="MaxQuotedTitleWords"/> words in double quotation marks written in title case —
    /// the first and last word capitalised, every other word capitalised or a short function word ("of", "the", "in",
    /// …) — name a work, a slogan or a nickname ("the hit “ Lanterns of the Harbour ”", "the campaign " Clean Air
    /// Now "": CoNLL 2003 MISC), not a sentence quoted; they are one MISC mention when the model tagged nothing inside
    /// or across them. GUM calls such titles abstract entities (works, names), never people, organisations or places
    /// when nothing inside is a name, so a model-found name inside keeps its reading. A title that follows a work noun is
    /// <see cref="WithWorkTitles"/>'s, which also takes one-word titles.
    /// </summary>
    internal static EntitySpan[] WithQuotedTitles(EntitySpan[] spans, ReadOnlySpan<string> words)
    {
        List<EntitySpan>? result = null;
        for (int open = 0; open + 2 < words.Length; open++)
        {
            if (words[open] is not ("\"" or "“" or "``")) continue;
            int start = open + 1, end = start;
            while (end < words.Length && end - start <= MaxQuotedTitleWords && words[end] is not ("\"" or "”" or "''")) end++;
            if (end >= words.Length || end - start < 2 || end - start > MaxQuotedTitleWords) continue;
            if (!IsTitleCase(words[start..end])) { open = end; continue; }
            var current = (IList<EntitySpan>?)result ?? spans;
            int s0 = start, e0 = end;
            if (!current.Any(x => x.End > s0 && x.Start < e0))
                (result ??= [.. spans]).Add(new EntitySpan(start, end, EntityTypes.Misc));
            open = end;
        }
        return result is null ? spans : [.. result.OrderBy(x => x.Start)];
    }

    private const int MaxQuotedTitleWords = 8;

    /// <summary>Whether words read as a title: first and last capitalised, the rest capitalised, short function words or inner punctuation.</summary>
    private static bool IsTitleCase(ReadOnlySpan<string> words)
    {
        if (!IsCapitalised(words[0]) || !IsCapitalised(words[^1])) return false;
        foreach (var w in words)
            if (!IsCapitalised(w) && !TitleFunctionWords.Contains(w) && w is not ("," or "-" or "–" or ":" or "&" or "'s")) return false;
        return true;
    }

    private static readonly HashSet<string> TitleFunctionWords = new(StringComparer.Ordinal)
    {
        "of", "the", "a", "an", "and", "or", "in", "on", "to", "for", "at", "by", "with", "from", "as", "into", "is", "my", "your", "me", "you",
    };
}
