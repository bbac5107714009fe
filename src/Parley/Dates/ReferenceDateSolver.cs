using System.Globalization;
using Parley.Articles;
using Parley.Documents;

namespace Parley.Dates;

/// <summary>
/// Finds an article's reference date (SPEC §2): the metadata publication date, else the text's timestamp, else its
/// dateline, else an inference. When the date's year is not written, a small constraint solver picks it: hard bounds
/// (past years the text mentions, constraints from <see cref="IDateConstraintSource"/>s, weekdays written with a
/// date) filter candidate years; the weekdays the text names score them; recency breaks ties after a reported-past
/// bound. A year the evidence cannot single out stays unknown, with its candidates. Pure and thread-safe; never reads
/// the clock: the candidate window is a fixed setting.
/// </summary>
public sealed class ReferenceDateSolver
{
    /// <summary>First year of the default candidate window: the period news corpora are assumed to cover.</summary>
    public const int DefaultFirstYear = 1995;

    /// <summary>Last year of the default candidate window.</summary>
    public const int DefaultLastYear = 2035;

    // CandidateYears is listed only when it is short enough to help a reader.
    private const int MaxListedCandidates = 8;

    // Score of a weekday named 0..7 days before / after the candidate date: news reports mostly name the
    // days just past, or the day itself, and less often the days ahead.
    private static readonly double[] PastWeight = [1.0, 0.9, 0.7, 0.5, 0.35, 0.25, 0.15, 0.1];
    private static readonly double[] FutureWeight = [1.0, 0.7, 0.5, 0.35, 0.25, 0.15, 0.1, 0.1];

    // A weekday in the paragraph the dateline opens is most likely about the dateline's own day.
    private const double LeadWeight = 2.0;

    // Penalty per year after the earliest year a reported-past bound allows (weekday scores are normalised to 0..1):
    // a later year must agree clearly better with the weekdays to win.
    private const double RecencyPenaltyPerYear = 0.1;
    private const double Tolerance = 1e-9;

    private static readonly Lazy<ReferenceDateSolver> DefaultInstance = new(() => new ReferenceDateSolver());

    public ReferenceDateSolver(int firstYear = DefaultFirstYear, int lastYear = DefaultLastYear)
    {
        if (firstYear < 1 || lastYear > 9998 || lastYear < firstYear)
            throw new ArgumentOutOfRangeException(nameof(lastYear), $"Invalid candidate window {firstYear}–{lastYear}.");
        FirstYear = firstYear;
        LastYear = lastYear;
    }

    public static ReferenceDateSolver Default => DefaultInstance.Value;

    public int FirstYear { get; }
    public int LastYear { get; }

    /// <summary>
    /// Solves the reference date of one article. <paramref name="constraints"/> come from constraint sources
    /// (office tenures…); the solver adds those it reads from the text itself. Never throws for an undatable
    /// article: the result then has <see cref="ReferenceDateSource.Unknown"/> and the reason as evidence.
    /// </summary>
    public ReferenceDate Solve(string text, ArticleMetadata metadata, ArticleHeader header, IEnumerable<DateConstraint>? constraints = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(header);

        if (metadata.Published is { } published)
        {
            // The calendar date where it was published (its own offset), not converted to UTC.
            var date = DateOnly.FromDateTime(published.DateTime);
            return Known(date, ReferenceDateSource.Metadata, new DateEvidence(DateEvidenceKind.Metadata,
                published.ToString(metadata.PublishedHasTime ? "yyyy-MM-ddTHH:mm:sszzz" : "yyyy-MM-dd", CultureInfo.InvariantCulture),
                null, "publication date from the input's metadata"));
        }
        if (header.Timestamp is { } ts)
        {
            return Known(ts.Date.ToDate()!.Value, ReferenceDateSource.Timestamp, new DateEvidence(DateEvidenceKind.Timestamp,
                ts.Span.TextOf(text), ts.Span, "timestamp line at the top of the article"));
        }
        var dateline = header.Dateline;
        if (dateline?.Date is { IsComplete: true } full)
        {
            return Known(full.ToDate()!.Value, ReferenceDateSource.Dateline, new DateEvidence(DateEvidenceKind.Dateline,
                dateline.Span.TextOf(text), dateline.Span, "dateline with a full date"));
        }

        var all = new List<DateConstraint>();
        var regions = TextDateCues.Regions(header);
        TextDateCues.CollectYears(text, regions, all);
        if (constraints is not null) all.AddRange(constraints);

        if (dateline?.Date is { Month: { } month, Day: { } day })
        {
            var weekdays = new List<WeekdayMention>();
            (int leadStart, int leadEnd) = Lead(text, header);
            TextDateCues.CollectWeekdays(text, regions, leadStart, leadEnd, weekdays);
            var evidence = new DateEvidence(DateEvidenceKind.Dateline, dateline.Span.TextOf(text), dateline.Span,
                "month and day from the dateline; its year is not written");
            return SolveYear(month, day, all, weekdays, evidence, text);
        }
        return SolveWithoutDay(all);
    }

    private static ReferenceDate Known(DateOnly date, ReferenceDateSource source, DateEvidence evidence) => new()
    {
        Value = new PartialDate(date.Year, date.Month, date.Day),
        Granularity = DateGranularity.Day,
        Source = source,
        Evidence = [evidence],
        YearMin = date.Year,
        YearMax = date.Year,
    };

    /// <summary>The paragraph the dateline opens: from the first body span to the end of its first line.</summary>
    private static (int Start, int End) Lead(string text, ArticleHeader header)
    {
        if (header.Dateline is null || header.Body.Count == 0) return (0, 0);
        var first = header.Body[0];
        int nl = text.IndexOf('\n', first.Start, first.Length);
        return (first.Start, nl < 0 ? first.End : nl);
    }

    private ReferenceDate SolveYear(int month, int day, List<DateConstraint> constraints, List<WeekdayMention> weekdays,
        DateEvidence datelineEvidence, string text)
    {
        var evidence = new List<DateEvidence> { datelineEvidence };
        foreach (var c in constraints) evidence.Add(c.Evidence);
        string monthDay = new DateOnly(2000, month, day).ToString("MMMM d", CultureInfo.InvariantCulture);
        var partial = new PartialDate(null, month, day);

        (DateOnly? lo, DateOnly? hi, DateOnly? recencyFloor) = Bounds(constraints);
        if (lo > hi)
        {
            evidence.Add(new DateEvidence(DateEvidenceKind.Year, "", null,
                $"the constraints conflict (not before {lo:yyyy-MM-dd}, not after {hi:yyyy-MM-dd}); the year stays unknown"));
            return Partial(partial, evidence, null, null, []);
        }

        // Hard filter: the window, the bounds, and every weekday written with a date.
        var hard = weekdays.Where(w => w.Month is not null && w.Year is null).ToList();
        var candidates = new List<(int Year, double Score)>();
        int from = Math.Max(FirstYear, lo?.Year ?? FirstYear), to = Math.Min(LastYear, hi?.Year ?? LastYear);
        for (int y = from; y <= to; y++)
        {
            if (!DateWords.IsValid(y, month, day)) continue;
            var d = new DateOnly(y, month, day);
            if (d < lo || d > hi) continue;
            if (hard.Any(w => !AgreesWithDate(w, d))) continue;
            candidates.Add((y, Score(weekdays, d)));
        }
        foreach (var w in hard)
        {
            evidence.Add(new DateEvidence(DateEvidenceKind.WeekdayDate, w.Span.TextOf(text), w.Span,
                "a weekday written with a date: only years in which that date falls on that weekday remain"));
        }

        string window = $"{from}–{to}";
        if (candidates.Count == 0)
        {
            evidence.Add(new DateEvidence(DateEvidenceKind.Year, "", null,
                $"no year in {window} satisfies every constraint; the year stays unknown"));
            return Partial(partial, evidence, lo?.Year, hi?.Year, []);
        }
        // The hard bounds, before the soft preference narrows the choice.
        int yearMin = candidates[0].Year;
        int? yearMax = hi is null ? null : candidates[^1].Year;
        candidates = PreferAttested(candidates, constraints, month, day, evidence);

        bool soft = weekdays.Any(w => w.Month is null);
        double best = candidates.Max(c => c.Score);
        var agreeing = candidates.Where(c => c.Score >= best - Tolerance).Select(c => c.Year).ToList();
        var listed = agreeing.Count <= MaxListedCandidates ? agreeing : [];

        int? chosen = null;
        string why;
        if (recencyFloor is not null)
        {
            // Earliest year after the reported past, unless a later one agrees clearly better with the weekdays.
            int first = candidates[0].Year;
            var ranked = candidates.Select(c => (c.Year, Rank: c.Score - RecencyPenaltyPerYear * (c.Year - first))).ToList();
            double top = ranked.Max(r => r.Rank);
            var winners = ranked.Where(r => r.Rank >= top - Tolerance).ToList();
            chosen = winners[0].Year;
            why = soft
                ? $"{chosen}: the earliest year after {recencyFloor:yyyy-MM-dd} (a report follows soon after the past it mentions) that agrees best with the weekdays named"
                : $"{chosen}: the earliest year after {recencyFloor:yyyy-MM-dd} (a report follows soon after the past it mentions)";
            var others = listed.Where(y => y != chosen).ToList();
            if (others.Count > 0) why += "; weekdays agree equally in " + string.Join(", ", others);
        }
        // The window is a setting, not evidence: a year is chosen only among years the constraints bound on both sides.
        else if (lo is not null && hi is not null && agreeing.Count == 1 && (soft || candidates.Count == 1))
        {
            chosen = agreeing[0];
            why = candidates.Count == 1
                ? $"{chosen}: the only year in {window} that satisfies every constraint"
                : $"{chosen}: the only year in {window} in which {monthDay} agrees best with the weekdays named";
        }
        else if (soft)
        {
            why = listed.Count > 0
                ? $"the year is not written and the evidence does not single one out: {monthDay} agrees best with the weekdays named in {string.Join(", ", listed)} (of {window})"
                : $"the year is not written and the evidence does not single one out among {window}";
        }
        else
        {
            why = $"the year is not written and no weekday or bound singles one out among {window}";
        }

        if (chosen is { } year)
        {
            var date = new DateOnly(year, month, day);
            AddWeekdayEvidence(weekdays, date, text, evidence);
            evidence.Add(new DateEvidence(DateEvidenceKind.Year, year.ToString(CultureInfo.InvariantCulture), null, why));
            return new ReferenceDate
            {
                Value = new PartialDate(year, month, day),
                Granularity = DateGranularity.Day,
                Source = ReferenceDateSource.Dateline,
                Evidence = evidence,
                YearMin = yearMin,
                YearMax = yearMax,
                CandidateYears = listed,
            };
        }
        foreach (var w in weekdays.Where(w => w.Month is null))
        {
            evidence.Add(new DateEvidence(DateEvidenceKind.Weekday, w.Span.TextOf(text), w.Span,
                "weekday named; scored against each candidate year"));
        }
        evidence.Add(new DateEvidence(DateEvidenceKind.Year, "", null, why));
        return Partial(partial, evidence, lo is null ? null : yearMin, yearMax, listed);
    }

    /// <summary>
    /// The candidates that the fewest constraints merely allow rather than attest (<see cref="DateConstraint.AttestedUntil"/>):
    /// a year inside what every source records beats one that needs a recorded fact to have gone on past its source's horizon.
    /// </summary>
    private static List<(int Year, double Score)> PreferAttested(List<(int Year, double Score)> candidates, List<DateConstraint> constraints,
        int month, int day, List<DateEvidence> evidence)
    {
        var soft = constraints.Where(c => c.AttestedUntil is not null).ToList();
        if (soft.Count == 0) return candidates;
        int Unattested(int year) => soft.Count(c => new DateOnly(year, month, day) > c.AttestedUntil);
        int fewest = candidates.Min(c => Unattested(c.Year));
        var kept = candidates.Where(c => Unattested(c.Year) == fewest).ToList();
        if (kept.Count < candidates.Count)
        {
            evidence.Add(new DateEvidence(DateEvidenceKind.Year, "", null,
                $"years after what the sources attest ({string.Join(", ", soft.Select(c => $"{c.Evidence.Text} until {c.AttestedUntil:yyyy-MM-dd}"))}) yield to "
                + string.Join(", ", kept.Select(c => c.Year).Take(MaxListedCandidates))));
        }
        return kept;
    }

    private static ReferenceDate Partial(PartialDate value, List<DateEvidence> evidence, int? yearMin, int? yearMax, IReadOnlyList<int> candidates) => new()
    {
        Value = value,
        // Known to the day of the year; the year itself is not (Value.Year is null).
        Granularity = DateGranularity.Day,
        Source = ReferenceDateSource.Dateline,
        Evidence = evidence,
        YearMin = yearMin,
        YearMax = yearMax,
        CandidateYears = candidates,
    };

    private static void AddWeekdayEvidence(List<WeekdayMention> weekdays, DateOnly date, string text, List<DateEvidence> evidence)
    {
        foreach (var w in weekdays.Where(w => w.Month is null))
        {
            int before = ((int)date.DayOfWeek - (int)w.Day + 7) % 7;
            string rel = before == 0 ? $"is {date:yyyy-MM-dd} itself"
                : before <= 3 ? $"is {before} day{(before == 1 ? "" : "s")} before {date:yyyy-MM-dd}"
                : $"is {7 - before} day{(7 - before == 1 ? "" : "s")} after {date:yyyy-MM-dd}";
            evidence.Add(new DateEvidence(DateEvidenceKind.Weekday, w.Span.TextOf(text), w.Span,
                $"{w.Day} {rel}" + (w.Lead ? " (named in the dateline's paragraph)" : "")));
        }
    }

    /// <summary>Without a day and month, only the year can be inferred, from bounds alone.</summary>
    private ReferenceDate SolveWithoutDay(List<DateConstraint> constraints)
    {
        if (constraints.Count == 0)
        {
            return ReferenceDate.Unknown(
                "no publication date in the metadata, no timestamp or dateline, and no year or other date constraint in the text");
        }
        var evidence = constraints.Select(c => c.Evidence).ToList();
        (DateOnly? lo, DateOnly? hi, DateOnly? recencyFloor) = Bounds(constraints);
        if (lo > hi)
        {
            evidence.Add(new DateEvidence(DateEvidenceKind.Year, "", null,
                $"the constraints conflict (not before {lo:yyyy-MM-dd}, not after {hi:yyyy-MM-dd})"));
            return new ReferenceDate { Value = default, Granularity = DateGranularity.Unknown, Source = ReferenceDateSource.Unknown, Evidence = evidence };
        }
        int? yearMin = lo?.Year, yearMax = hi?.Year;
        int? year = null;
        string why;
        if (recencyFloor is not null)
        {
            year = lo!.Value.Year;
            why = $"{year}: the earliest year the bounds allow (a report follows soon after the past it mentions); only {(hi is null ? "a lower bound" : "bounds")} known";
        }
        else if (lo is not null && hi is not null && lo.Value.Year == hi.Value.Year)
        {
            year = lo.Value.Year;
            why = $"{year}: the only year the bounds allow";
        }
        else
        {
            why = $"no day, month or year is written; the bounds allow {yearMin?.ToString(CultureInfo.InvariantCulture) ?? "…"}–{yearMax?.ToString(CultureInfo.InvariantCulture) ?? "…"}";
        }
        evidence.Add(new DateEvidence(DateEvidenceKind.Year, year?.ToString(CultureInfo.InvariantCulture) ?? "", null, why));
        var candidates = yearMin is not null && yearMax is not null && yearMax - yearMin < MaxListedCandidates
            ? Enumerable.Range(yearMin.Value, yearMax.Value - yearMin.Value + 1).ToList()
            : [];
        return new ReferenceDate
        {
            Value = new PartialDate(year, null, null),
            Granularity = year is null ? DateGranularity.Unknown : DateGranularity.Year,
            Source = ReferenceDateSource.Inferred,
            Evidence = evidence,
            YearMin = yearMin,
            YearMax = yearMax,
            CandidateYears = candidates,
        };
    }

    private static (DateOnly? Lo, DateOnly? Hi, DateOnly? RecencyFloor) Bounds(List<DateConstraint> constraints)
    {
        DateOnly? lo = null, hi = null, recency = null;
        foreach (var c in constraints)
        {
            if (c.NotBefore is { } nb)
            {
                if (lo is null || nb > lo) lo = nb;
                if (c.ReportedPast && (recency is null || nb > recency)) recency = nb;
            }
            if (c.NotAfter is { } na && (hi is null || na < hi)) hi = na;
        }
        // Recency only applies when the reported past is the binding lower bound.
        if (recency is not null && recency < lo) recency = null;
        return (lo, hi, recency);
    }

    /// <summary>Does a weekday written with a month and day agree with the year of candidate date <paramref name="d"/>?</summary>
    private static bool AgreesWithDate(WeekdayMention w, DateOnly d)
    {
        // The written date is the occurrence of that month/day nearest to d (a report names dates within months of itself).
        DateOnly? nearest = null;
        for (int y = d.Year - 1; y <= d.Year + 1; y++)
        {
            if (!DateWords.IsValid(y, w.Month!.Value, w.DayOfMonth!.Value)) continue;
            var c = new DateOnly(y, w.Month.Value, w.DayOfMonth.Value);
            if (nearest is null || Math.Abs(c.DayNumber - d.DayNumber) < Math.Abs(nearest.Value.DayNumber - d.DayNumber)) nearest = c;
        }
        return nearest is { } n && n.DayOfWeek == w.Day;
    }

    /// <summary>Weighted mean agreement (0..1) of the weekdays named without a date with candidate date <paramref name="d"/>.</summary>
    private static double Score(List<WeekdayMention> weekdays, DateOnly d)
    {
        double sum = 0, weights = 0;
        foreach (var w in weekdays)
        {
            if (w.Month is not null) continue;
            int before = ((int)d.DayOfWeek - (int)w.Day + 7) % 7;
            int after = ((int)w.Day - (int)d.DayOfWeek + 7) % 7;
            double s = w.Relation switch
            {
                WeekdayRelation.Past => PastWeight[before == 0 ? 7 : before],
                WeekdayRelation.Future => FutureWeight[after == 0 ? 7 : after],
                _ => Math.Max(PastWeight[before], FutureWeight[after]),
            };
            double weight = w.Lead ? LeadWeight : 1.0;
            sum += weight * s;
            weights += weight;
        }
        return weights == 0 ? 0 : sum / weights;
    }
}
