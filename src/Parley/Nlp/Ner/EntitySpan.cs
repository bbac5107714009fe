namespace Parley.Nlp.Entities;

/// <summary>A named-entity mention over word indexes of one sentence, half-open <c>[Start, End)</c>, with its type ("PER", "ORG", "LOC", "EVENT", "MISC").</summary>
public readonly record struct EntitySpan(int Start, int End, string Type);
