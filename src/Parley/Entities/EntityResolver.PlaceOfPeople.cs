using System.Text.RegularExpressions;
using Parley.Entities.Actors;
using Parley.Entities.Places;

namespace Parley.Entities;

/// <summary>The country of people described where the sentence places them.</summary>
public sealed partial class EntityResolver
{
    /// <summary>Sectors of people who act where they live: civilians, protesters, activists, the opposition, rebels, the press.</summary>
    private static readonly HashSet<string> LocalSectors = ["CVL", "OPP", "REB", "JRN"];

    /// <summary>The words between a described group and a place after it, up to the place: the last preposition.</summary>
    private static readonly Regex LastPreposition = new(@"\b(in|at|inside|across|throughout|to|from|into|toward|towards|for|near|outside|with|by|against|on|over)\b(?!.*\b(in|at|inside|across|throughout|to|from|into|toward|towards|for|near|outside|with|by|against|on|over)\b)",
        RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant);

    /// <summary>
    /// People the text describes but does not place by country ("protesters", "a prominent journalist", "opposition
    /// leaders"), of a sector that acts where it lives (civilians, protesters, activists, opposition, rebels, journalists),
    /// with no country named before them in the sentence, take the country of the place the same sentence puts them or
    /// their act in: the first place after them whose phrase opens with "in", "at", "inside", "across" or "throughout"
    /// ("Crowds blocked streets in Lima" → PER; "a reporter was shot in a suburb of eastern Quito" → ECU). Officials,
    /// diplomats and soldiers travel, and a place they are "in" says nothing of whose they are; a place they go "to",
    /// come "from" or act "against" is not theirs either.
    /// </summary>
    private static void CountriesFromPlacesAfter(string text, List<ActorMention> actors, List<PlaceMention> places)
    {
        for (int i = 0; i < actors.Count; i++)
        {
            var g = actors[i];
            if (!(g.Kind == ActorKind.Group || DescribedPerson(g)) || g.Country is not null || g.RoleNoun || g.Sector is not { } sector || !LocalSectors.Contains(sector)) continue;
            int sentenceEnd = SentenceEndOf(text, g.Span.End);
            foreach (var p in places.OrderBy(p => p.Span.Start))
            {
                if (p.Span.Start < g.Span.End || p.Span.Start >= sentenceEnd || p.Country is not { } c) continue;
                string between = text[g.Span.End..p.Span.Start];
                if (LastPreposition.Match(between) is not { Success: true } prep || prep.Value.ToLowerInvariant() is not ("in" or "at" or "inside" or "across" or "throughout")) continue;
                actors[i] = g with { Country = c, Evidence = g.Evidence + $"; country {c} from '{p.Text}', where the sentence places it" };
                break;
            }
        }
    }

    /// <summary>End of the sentence that holds <paramref name="at"/> (see <see cref="SentenceStartOf"/>): the text's end if none.</summary>
    private static int SentenceEndOf(string text, int at)
    {
        for (int q = at; q < text.Length - 1; q++)
        {
            if (text[q] == '\n') return q;
            if (text[q] is '.' or '!' or '?' && char.IsWhiteSpace(text[q + 1]) && (text[q] != '.' || q == 0 || !char.IsUpper(text[q - 1]))) return q;
        }
        return text.Length;
    }
}
