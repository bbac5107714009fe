namespace Parley.Events.Evaluation;

/// <summary>An actor in a gold file (SPEC §8): a <see cref="Name"/> (persons, named organisations) and/or a <see cref="Country"/> (ISO-3 or IGO code), optional sector.</summary>
public sealed record GoldActor(string? Name, string? Country, string? Sector);
