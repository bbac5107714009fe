using System.Globalization;
using System.Text;

namespace Parley.Events.Evaluation;

/// <summary>
/// The actor rule of SPEC §8: a gold actor with a name matches when its last word equals the last word of the system
/// actor's canonical name or of its text, compared case- and accent-insensitively ("Lavrov" = "LAVROV" = "Lávrov");
/// a gold actor without a name matches when the countries are equal and the gold sector, if given, is equal.
/// </summary>
public static class ActorMatcher
{
    public static bool Matches(GoldActor gold, ActorRef system)
    {
        if (gold.Name is { } name)
        {
            string want = LastWord(name);
            return want.Length > 0 && (want == LastWord(system.Name) || want == LastWord(system.Text));
        }
        return gold.Country is not null
            && string.Equals(gold.Country, system.Country, StringComparison.OrdinalIgnoreCase)
            && (gold.Sector is null || string.Equals(gold.Sector, system.Sector, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Every gold actor is matched by some system actor (not necessarily distinct ones).</summary>
    public static bool AllMatched(IEnumerable<GoldActor> gold, IReadOnlyCollection<ActorRef> system) =>
        gold.All(g => system.Any(s => Matches(g, s)));

    /// <summary>The last word, lower case, without diacritics or surrounding punctuation ("Clinton's" → "clinton").</summary>
    public static string LastWord(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        string decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (char ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark)
                sb.Append(char.ToLowerInvariant(ch));
        }
        string[] words = sb.ToString().Split([' ', '\t', '\n', '-', '\u00a0'], StringSplitOptions.RemoveEmptyEntries);
        for (int i = words.Length - 1; i >= 0; i--)
        {
            string w = words[i].Trim('.', ',', ';', ':', '"', '\'', '’', '(', ')', '[', ']');
            if (w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal)) w = w[..^2];
            if (w.Length > 0) return w;
        }
        return "";
    }
}
