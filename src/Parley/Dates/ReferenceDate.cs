using Parley.Documents;

namespace Parley.Dates;

/// <summary>How fine a reference date is known.</summary>
public enum DateGranularity
{
    Unknown,
    Year,
    Month,
    Day,
}

/// <summary>Where a reference date came from (SPEC §2), in order of preference.</summary>
public enum ReferenceDateSource
{
    Metadata,
    Timestamp,
    Dateline,
    Inferred,
    Unknown,
}

/// <summary>One piece of text (or metadata) that constrained the reference date, and how.</summary>
public sealed record DateEvidence(string Kind, string Text, Span? Span, string Explanation);

/// <summary>
/// The date an article's relative time expressions resolve against. Parts that cannot be known stay
/// unknown: <see cref="Value"/> may lack its year, in which case <see cref="YearMin"/>/<see cref="YearMax"/>
/// bound it where the text allows, and <see cref="CandidateYears"/> lists, when there are few, the years consistent with
/// every hard constraint that agree best with the weekdays the text names. <see cref="Granularity"/> is the finest unit
/// known: a dateline's <c>XXXX-02-26</c> is <see cref="DateGranularity.Day"/> with <c>Value.Year</c> null.
/// </summary>
public sealed record ReferenceDate
{
    public static ReferenceDate Unknown(string reason) => new()
    {
        Value = default,
        Granularity = DateGranularity.Unknown,
        Source = ReferenceDateSource.Unknown,
        Evidence = [new DateEvidence("none", "", null, reason)],
    };

    public required PartialDate Value { get; init; }
    public required DateGranularity Granularity { get; init; }
    public required ReferenceDateSource Source { get; init; }
    public IReadOnlyList<DateEvidence> Evidence { get; init; } = [];
    public int? YearMin { get; init; }
    public int? YearMax { get; init; }
    public IReadOnlyList<int> CandidateYears { get; init; } = [];

    /// <summary>The date when it is known to the day.</summary>
    public DateOnly? Date => Value.ToDate();

    /// <summary>ISO 8601 / TIMEX3 value: <c>2012-02-03</c>, <c>2009-05</c>, <c>XXXX-02-26</c>; null when nothing is known.</summary>
    public string? Iso => Value.Year is null && Value.Month is null && Value.Day is null ? null : Value.ToString();
}
