using Parley.Entities.Actors;
using Parley.Entities.Places;

namespace Parley.Entities;

/// <summary>Which places may lend their country to a described group named after them in the sentence.</summary>
public sealed partial class EntityResolver
{
    /// <summary>
    /// A town lends its country to a group named later in the sentence only when it is read as a place there. Two
    /// readings are not: a town name right before the group noun it modifies ("the Hale administration", "the Carter
    /// government": a leader's name, whatever town shares it; a capital is its government's metonym and is an actor
    /// already), and a town name alone in parentheses (a gloss or translation of a name, "the Azat (Freedom) bloc").
    /// Countries and regions always lend theirs.
    /// </summary>
    private static bool LendsCountry(string text, PlaceMention place, ActorMention group)
    {
        if (place.FeatureClass != 'P') return true;
        string between = text[place.Span.End..group.Span.Start];
        if (between.Length > 0 && between.All(char.IsWhiteSpace) && group.Text.IndexOf(' ') < 0) return false;
        int open = place.Span.Start - 1, close = place.Span.End;
        return !(open >= 0 && close < text.Length && text[open] == '(' && text[close] == ')');
    }
}

/// <summary>A person's country stated by "of &lt;country&gt;" after the name.</summary>
public sealed partial class EntityResolver
{
    /// <summary>
    /// "King Faisal of Iraq", "Prince Karim of Jordan": a person named with "of" and a country right after the name
    /// belongs to that country, whatever knowledge-base entry of the same name (another country's king) the bare name
    /// matched; that entry's office and ids are dropped with it.
    /// </summary>
    private static void CountriesStatedAfterNames(string text, List<ActorMention> actors, List<PlaceMention> places)
    {
        for (int i = 0; i < actors.Count; i++)
        {
            var m = actors[i];
            if (m.Kind != ActorKind.Person || m.Country is null) continue;
            foreach (var p in places)
            {
                if (p.FeatureClass != 'A' || p.Country is not { } stated || stated == m.Country || p.Span.Start <= m.Span.End
                    || text[m.Span.End..p.Span.Start] != " of ") continue;
                actors[i] = m with { Country = stated, Role = null, KbId = null, WikidataId = null,
                    Evidence = m.Evidence + $"; country {stated} stated by 'of {p.Text}' after the name" };
                break;
            }
        }
    }
}
