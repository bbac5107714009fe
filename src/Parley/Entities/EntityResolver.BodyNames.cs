using Parley.Documents;

namespace Parley.Entities;

/// <summary>Places that are words of an organisation's name rather than places.</summary>
public sealed partial class EntityResolver
{
    /// <summary>
    /// "the African Union", "Radio Liberty": a town whose name ends a multi-word name the NER stage reads as an
    /// organisation, after a capitalised word of that name, is the name's head word, not a place ("Union", New Jersey).
    /// It gives way, so the name can become the body it is. A place that starts the name ("Washington Post", "Munich
    /// Security Conference") or follows a preposition ("University of Nairobi") still says where, and countries and
    /// regions always stay.
    /// </summary>
    private static void PlacesEndingBodyNames(List<EntityToken> tokens, IReadOnlyList<(Span Span, string Type)> named,
        List<(int Start, int End, PhraseMatch Match)> placeSpans) =>
        placeSpans.RemoveAll(p => p.Start > 0 && !p.Match.Has(CandidateKind.Country) && !p.Match.Has(CandidateKind.Region)
            && tokens[p.Start - 1] is { IsWord: true } before && before.Is(TokenShape.Capitalized) && !before.Is(TokenShape.Possessive)
            && named.Any(n => n.Type == "ORG" && n.Span.Start <= before.Span.Start && n.Span.End == tokens[p.End - 1].Span.End));
}
