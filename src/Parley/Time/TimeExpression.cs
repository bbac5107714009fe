using Parley.Documents;

namespace Parley.Time;

/// <summary>
/// One time expression found in the text, with its normalised TIMEX3 value. An expression that cannot be resolved
/// keeps its text, a partial value (<c>XXXX-02-26</c>, <c>XXXX-XX-XX</c>) and a <see cref="Reason"/>; it is never dropped.
/// The span excludes a governing preposition ("on Friday" → "Friday"), which is kept as <see cref="Signal"/> when it
/// changes the meaning ("since 2004" runs from 2004 to the reference date).
/// </summary>
public sealed record TimeExpression
{
    public required Span Span { get; init; }
    public required string Text { get; init; }
    public required TimexType Type { get; init; }

    /// <summary>The TIMEX3 value: <c>2012-02-03</c>, <c>2012-W05</c>, <c>PT24H</c>, <c>P1W</c>; a range is <c>start/end</c>.</summary>
    public required string Value { get; init; }

    public TimeGranularity Granularity { get; init; }

    /// <summary>TIMEX3 <c>mod</c>: <c>APPROX</c>, <c>START</c>, <c>MID</c>, <c>END</c>, <c>MORE_THAN</c>, …</summary>
    public string? Mod { get; init; }

    /// <summary>True when the value was computed from the reference date (and so inherits its uncertainty).</summary>
    public bool AnchorRelative { get; init; }

    /// <summary>Start and end (TIMEX3 values) of the interval a range, a "since"/"until" phrase or a relative duration spans.</summary>
    public string? RangeStart { get; init; }
    public string? RangeEnd { get; init; }

    /// <summary>The preposition that shapes the interval (<c>since</c>, <c>until</c>, <c>from</c>, <c>between</c>), when there is one.</summary>
    public string? Signal { get; init; }

    /// <summary>The tense the direction was taken from; <see cref="TenseDirection.Unknown"/> when direction did not matter or no cue was found.</summary>
    public TenseDirection Tense { get; init; }

    /// <summary>The rule (in <c>data/time/rules.txt</c>) that recognised the expression.</summary>
    public required string Rule { get; init; }

    /// <summary>Why the value is incomplete, or null when it is fully resolved.</summary>
    public string? Reason { get; init; }

    public bool IsResolved => Reason is null;
}
