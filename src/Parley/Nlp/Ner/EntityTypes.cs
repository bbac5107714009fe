namespace Parley.Nlp.Entities;

/// <summary>
/// The one label set of Parley's entity tagger and how each corpus's types map onto it. GUM does not split
/// geo-political entities from other places, so every GUM <c>place</c> is LOC; GUM has no nationality (NORP) or
/// miscellaneous class: NORP comes from the gazetteer rule (<see cref="EntityTagger.WithNorp"/>), and CoNLL's MISC is
/// predicted through EVENT and NORP (see <see cref="ForConll"/>).
/// </summary>
public static class EntityTypes
{
    public const string Person = "PER", Organisation = "ORG", Location = "LOC", Event = "EVENT", Misc = "MISC", Norp = "NORP";

    /// <summary>GUM <c>Entity=</c> types that are kept; the rest (abstract, object, time, …) are not named-entity classes.</summary>
    public static string? FromGum(string gumType) => gumType switch
    {
        "person" => Person,
        "organization" => Organisation,
        "place" => Location,
        "event" => Event,
        _ => null,
    };

    /// <summary>CoNLL-2003 types (PER, LOC, ORG, MISC) are kept as they are.</summary>
    public static string FromConll(string conllType) => string.Intern(conllType);

    /// <summary>A predicted type in CoNLL-2003's label set: EVENT and NORP (nationalities, religious and political groups) become MISC, the rest are shared.</summary>
    public static string ForConll(string type) => type is Event or Norp ? Misc : type;
}
