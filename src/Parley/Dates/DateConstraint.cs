namespace Parley.Dates;

/// <summary>
/// A hard bound on an article's reference date: it lies in <c>[NotBefore, NotAfter]</c> (either end may be open),
/// because of <see cref="Evidence"/> ("in October 2011" as past; "Secretary of State John Kerry" holds office
/// 2013-02-01..2017-01-20).
/// </summary>
public sealed record DateConstraint(DateOnly? NotBefore, DateOnly? NotAfter, DateEvidence Evidence)
{
    /// <summary>
    /// True when <see cref="NotBefore"/> is a past event the article reports. A report is written soon after the
    /// latest past date it mentions, so among otherwise equal years the solver prefers the earliest after such a
    /// bound. An office tenure is not such a bound: it says nothing about how soon after its start the article was written.
    /// </summary>
    public bool ReportedPast { get; init; }

    /// <summary>
    /// The last day the evidence's own source attests the fact, when that is before <see cref="NotAfter"/> (or
    /// <see cref="NotAfter"/> is open). An office tenure read from a dictionary compiled in 2014 with no end is known
    /// only up to 2014: it may have gone on, but a candidate date the source attests is preferred to one it merely
    /// allows. A soft preference, never a bound.
    /// </summary>
    public DateOnly? AttestedUntil { get; init; }
}
