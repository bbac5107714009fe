namespace Parley.Time;

/// <summary>The normalised value of one expression: the result of <see cref="TimeNormalizer"/>; <see cref="Reason"/> says why it is partial.</summary>
public sealed record TimeResolution(
    string Value,
    TimeGranularity Granularity,
    string? Mod = null,
    bool AnchorRelative = false,
    string? RangeStart = null,
    string? RangeEnd = null,
    string? Reason = null);
