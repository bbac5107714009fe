using Parley.Documents;
using Parley.Entities.Actors;
using Parley.Entities.Places;

namespace Parley.Entities;

/// <summary>Places that are words of an organisation's name rather than places.</summary>
public sealed partial class EntityResolver
{
    /// <summary>
    /// "the African Union", "Radio Liberty", "Kabul University Hospital": a town whose name comes after a capitalised
    /// word of a multi-word name the NER stage reads as an organisation is a word of that name, not a place ("Union",
    /// New Jersey; "University", Florida). It gives way, so the name can become the body it is. A place that starts the
    /// name ("Washington Post", "Munich Security Conference") or follows a preposition ("University of Nairobi") still
    /// says where, and countries and regions always stay.
    /// </summary>
    private static void PlacesEndingBodyNames(List<EntityToken> tokens, IReadOnlyList<(Span Span, string Type)> named,
        List<(int Start, int End, PhraseMatch Match)> placeSpans) =>
        placeSpans.RemoveAll(p => p.Start > 0 && !p.Match.Has(CandidateKind.Country) && !p.Match.Has(CandidateKind.Region)
            && tokens[p.Start - 1] is { IsWord: true } before && before.Is(TokenShape.Capitalized) && !before.Is(TokenShape.Possessive)
            && named.Any(n => n.Type == "ORG" && n.Span.Start <= before.Span.Start && n.Span.End >= tokens[p.End - 1].Span.End));

    /// <summary>
    /// "Kabul University", "the Baghdad Chamber of Commerce": an organisation the NER stage finds, headed by an
    /// institution noun (University, School, Council, Ministry, …), that starts with a place is a body named for the
    /// place — an actor as well as the place it names. Its words other than the place keep it from being the place alone.
    /// </summary>
    private static bool InstitutionNamedForPlace(string text, List<EntityToken> tokens, int a, int b, List<(int Start, int End, PhraseMatch Match)> placeSpans)
    {
        if (b - a < 2) return false;
        bool head = false;
        for (int k = a + 1; k < b; k++)
        {
            if (!tokens[k].IsWord) continue;
            if (tokens[k].Key is "of" or "for") break;
            head = Parley.Nlp.Entities.EntityTagger.IsInstitutionHead(text[tokens[k].Span.Start..tokens[k].Span.End]);
        }
        return head && placeSpans.Any(p => p.Start == a && p.End < b)
            && placeSpans.All(p => p.End <= a || p.Start >= b || (p.Start >= a && p.End <= b));
    }

    /// <summary>
    /// An organisation named for a place ("Kabul University") with no country of its own is in that place's country:
    /// the resolved place that opens its name.
    /// </summary>
    private static void CountriesOfPlaceNamedBodies(List<ActorMention> actors, List<PlaceMention> places)
    {
        for (int i = 0; i < actors.Count; i++)
        {
            var a = actors[i];
            if (a.Kind != ActorKind.Organisation || a.Country is not null || !a.PlaceNamed) continue;
            if (places.FirstOrDefault(p => p.Span.Start == a.Span.Start && p.Span.End < a.Span.End && p.Country is not null) is not { } place) continue;
            actors[i] = a with { Country = place.Country, Evidence = a.Evidence + $"; country {place.Country} from the place '{place.Text}' its name starts with" };
        }
    }
}
