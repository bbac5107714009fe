using Parley.Documents;

namespace Parley.Entities.Actors;

/// <summary>
/// One actor mention: the text as written and its span, and what it resolves to — canonical name (null for a nameless
/// state or group), role, ISO-3 country or IGO code (UNO, IGO, NGO, MNC), PLOVER sector, Wikidata id — with the evidence
/// (which rule and which source). An unknown person keeps what the text says (name as written, role and country stated).
/// </summary>
public sealed record ActorMention(
    Span Span, string Text, ActorKind Kind, string? Name, string? Role, string? Country, string? Sector,
    string? WikidataId, string? KbId, string Evidence)
{
    /// <summary>The span of the title the text gives with the name ("U.S. Secretary of State"), when there is one.</summary>
    public Span? TitleSpan { get; init; }

    /// <summary>An organisation whose name starts with a place it is named for ("Kabul University"); the place stays a place mention too.</summary>
    internal bool PlaceNamed { get; init; }

    /// <summary>The office kind of that title ("foreign-minister"), which links it to dated offices in the knowledge base.</summary>
    public string? OfficeKind { get; init; }

    /// <summary>A role noun with no name of its own ("the Russian foreign minister", "Russia's top diplomat").</summary>
    public bool RoleNoun { get; init; }

    /// <summary>For a pronoun or role noun resolved by coreference: the span of the mention it was linked to.</summary>
    public Span? Antecedent { get; init; }

    /// <summary>For a plural description of several actors ("the two sides", "both leaders"): the actors it stands for.</summary>
    public IReadOnlyList<ActorMention>? Members { get; init; }
}
