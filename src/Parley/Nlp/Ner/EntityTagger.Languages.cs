namespace Parley.Nlp.Entities;

public sealed partial class EntityTagger
{
    /// <summary>
    /// A capitalised word that the document uses as the name of a language is no person, organisation or place there
    /// (GUM marks a language as an abstract entity, CoNLL 2003 as MISC): every one-word PER, ORG or LOC mention of that
    /// word in the document becomes MISC. A word is used as a language when a language noun follows it ("Tovan
    /// language", "Tovan dialects", "Tovan speakers", "Tovan - speaking"; not "Tovan speaking", which may be a person
    /// talking), when it stands before a comma and an indefinite description ending in a language noun ("Tovan , a Seri - Lok language"), or after "translated into"
    /// ("translated into Tovan"). "Spoken in X" and "written in X" are left out: they name places as often as
    /// languages ("spoken in Ghana").
    /// </summary>
    internal static void LanguageRepeats(IReadOnlyList<string[]> sentences, EntitySpan[][] spans)
    {
        HashSet<string>? languages = null;
        foreach (var w in sentences)
            for (int i = 0; i < w.Length; i++)
                if (IsCapitalised(w[i]) && !SentenceStarters.Contains(w[i]) && IsUsedAsLanguage(w, i))
                    (languages ??= new(StringComparer.Ordinal)).Add(w[i]);
        if (languages is null) return;
        for (int s = 0; s < spans.Length; s++)
            for (int k = 0; k < spans[s].Length; k++)
            {
                var x = spans[s][k];
                if (x.End - x.Start == 1 && x.Type is EntityTypes.Person or EntityTypes.Organisation or EntityTypes.Location
                    && languages.Contains(sentences[s][x.Start]))
                    spans[s][k] = x with { Type = EntityTypes.Misc };
            }
    }

    private static bool IsUsedAsLanguage(string[] w, int i)
    {
        if (i + 1 < w.Length && (LanguageNouns.Contains(w[i + 1]) || w[i + 1] is "speaker" or "speakers")) return true;
        if (i + 2 < w.Length && w[i + 1] == "-" && w[i + 2] == "speaking") return true;
        if (i >= 2 && w[i - 1] == "into" && w[i - 2].StartsWith("translat", StringComparison.Ordinal)) return true;
        if (i + 4 < w.Length && w[i + 1] == "," && w[i + 2] is "a" or "an")
            for (int j = i + 3; j < w.Length && j <= i + 8 && w[j] is not ("," or "." or ";" or "(" or ")"); j++)
                if (LanguageNouns.Contains(w[j])) return j > i + 3;
        return false;
    }

    /// <summary>Lower-case nouns for a language, after its name ("Tovan dialects") or heading a description of it ("a Seri language").</summary>
    private static readonly HashSet<string> LanguageNouns = new(StringComparer.Ordinal)
    {
        "language", "languages", "dialect", "dialects", "tongue", "creole", "pidgin",
    };
}
