namespace Parley.Events;

/// <summary>One row of the CAMEO → PLOVER table: a CAMEO code, the PLOVER type, mode and contexts it becomes.</summary>
public sealed record CameoPloverEntry(string Code, PloverType Type, string? Mode, IReadOnlyList<string> Contexts, string Description);
