namespace Parley.Store;

/// <summary>A warning recorded with an accepted article (a repaired encoding, a replaced duplicate id…).</summary>
public sealed record StoredProblem(string Code, string Message);
