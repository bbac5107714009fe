using System.Globalization;
using Parley.Dates;

namespace Parley.Time;

/// <summary>
/// Turns what a rule read (<see cref="TimeFields"/>) into a TIMEX3 value against the article's reference date.
/// Underspecified dates are completed by tense: a year-less "February 26", a bare month, quarter, season or weekday
/// takes the latest occurrence on or before the reference date in a past-tense clause, the earliest on or after it
/// in a future one, and the nearest occurrence when there is no cue. "last"/"next" are strict (never the reference
/// day's own period). What the reference date does not know stays unknown (<c>XXXX</c>) with a reason.
/// Pure and thread-safe; never reads the machine clock.
/// </summary>
public sealed class TimeNormalizer
{
    public static TimeNormalizer Default { get; } = new();

    public const string NoReference = "no reference date: a relative expression cannot be anchored";
    public const string NoReferenceYear = "the reference date has no year";
    public const string NoReferenceDay = "the reference date is not known to the day";

    public TimeResolution Resolve(TimexType type, TimeFields f, ReferenceDate rd, TenseDirection tense) => type switch
    {
        TimexType.Duration => Duration(f),
        TimexType.Set => Set(f),
        _ => DateOrTime(type, f, new Anchor(rd), tense),
    };

    // ---- durations and sets -------------------------------------------------------------------------------

    private static TimeResolution Duration(TimeFields f)
    {
        if (f.Literal is { } lit) return new(lit, TimeGranularity.None, f.Approx);
        return new(Period(f.Num, f.Unit ?? "D"), TimeGranularity.None, f.Approx);
    }

    private static TimeResolution Set(TimeFields f)
    {
        if (f.Frequency is { } freq) return new(freq, TimeGranularity.None);
        if (f.SetWeekday is { } swd) return new($"XXXX-WXX-{swd}", TimeGranularity.Day);
        if (f.Weekday is { } wd) return new($"XXXX-WXX-{wd}", TimeGranularity.Day);
        return new(Period(f.Num ?? 1, f.Unit ?? "D"), TimeGranularity.None);
    }

    /// <summary>A TIMEX3 period: <c>P24H</c> → <c>PT24H</c>, decades as years (<c>P10Y</c>), "several years" as <c>PXY</c>.</summary>
    internal static string Period(double? num, string unit)
    {
        if (num is null)
        {
            return unit switch
            {
                "TH" => "PTXH", "TM" => "PTXM", "TS" => "PTXS", "2W" => "PXW", _ => "PX" + unit,
            };
        }
        double n = num.Value;
        switch (unit)
        {
            case "DE": n *= 10; unit = "Y"; break;
            case "CE": n *= 100; unit = "Y"; break;
            case "Q": n *= 3; unit = "M"; break;
            case "2W": n *= 2; unit = "W"; break;
            case "TH" when n != Math.Floor(n): n *= 60; unit = "TM"; break;
            case "D" when n != Math.Floor(n): n *= 24; unit = "TH"; break;
        }
        string count = n.ToString("0.##", CultureInfo.InvariantCulture);
        return unit[0] == 'T' ? $"PT{count}{unit[1]}" : $"P{count}{unit}";
    }

    // ---- dates and times ----------------------------------------------------------------------------------

    private TimeResolution DateOrTime(TimexType type, TimeFields f, Anchor a, TenseDirection tense)
    {
        var date = DatePart(f, a, tense);
        if (type != TimexType.Time) return date;
        string suffix;
        if (f.Hour is { } hour)
        {
            int h = hour;
            if (f.Pm == true && h < 12) h += 12;
            if (f.Pm == false && h == 12) h = 0;
            suffix = $"T{h:D2}:{f.Minute ?? 0:D2}" + (f.Utc ? "Z" : "");
        }
        else if (f.Part is { } part)
        {
            suffix = part switch { "noon" => "T12:00", "midnight" => "T24:00", _ => "T" + part };
        }
        else return date;
        return date with
        {
            Value = date.Value + suffix,
            Granularity = f.Hour is null ? TimeGranularity.PartOfDay : TimeGranularity.Minute,
        };
    }

    private TimeResolution DatePart(TimeFields f, Anchor a, TenseDirection tense)
    {
        if (f.Literal is { } lit) return new(lit, TimeGranularity.None, f.Edge, AnchorRelative: true);
        if (f.Fiscal && f.Year is { } fy) return new($"FY{fy:D4}", TimeGranularity.Year, f.Edge);

        if (f.Deictic is { } deictic)
        {
            if (deictic.EndsWith("_REF", StringComparison.Ordinal)) return new(deictic, TimeGranularity.None, AnchorRelative: true);
            int t = deictic.IndexOf('T');
            int offset = int.Parse(t < 0 ? deictic.AsSpan(1) : deictic.AsSpan(1, t - 1), CultureInfo.InvariantCulture);
            var day = a.ShiftDays(offset);
            return t < 0 ? day : day with { Value = day.Value + deictic[t..], Granularity = TimeGranularity.PartOfDay };
        }

        if (f.Ago)
        {
            if (f.Num is not { } n) return new("PAST_REF", TimeGranularity.None, f.Approx, true);
            return a.Shift(f.Unit ?? "D", -(int)Math.Round(n)) with { Mod = f.Approx };
        }

        // Ranges written as one expression: "February 3-5", "2009-2013".
        if (f.Day2 is not null || f.Year2 is not null)
            return Range(f, a, tense);

        // Explicit and year-less calendar dates.
        if (f.Month is { } month)
        {
            if (f.Day is { } day)
            {
                if (f.Year is { } y) return Valid(y, month, day) ? new(Iso(y, month, day), TimeGranularity.Day, f.Edge) : Invalid(f);
                return a.Complete(yr => Valid(yr, month, day) ? Days(new DateOnly(yr, month, day)) : null,
                    tense, 0, yr => Iso(yr, month, day), $"XXXX-{month:D2}-{day:D2}", TimeGranularity.Day) with { Mod = f.Edge };
            }
            if (f.Year is { } year) return new($"{year:D4}-{month:D2}", TimeGranularity.Month, f.Edge);
            int strict = f.Rel is { } r && r != 0 ? Math.Sign(r) : 0;
            if (f.Rel == 0 && a.Year is { } ty) return new($"{ty:D4}-{month:D2}", TimeGranularity.Month, f.Edge, true);
            return a.Complete(yr => MonthSpan(yr, month), strict == 0 ? tense : TenseDirection.Unknown, strict,
                yr => $"{yr:D4}-{month:D2}", $"XXXX-{month:D2}", TimeGranularity.Month) with { Mod = f.Edge };
        }

        if (f.Quarter is { } quarter) return Part(f, a, tense, quarter is -1 ? 4 : quarter, 3, "Q", TimeGranularity.Quarter);
        if (f.Half is { } half) return Part(f, a, tense, half is -1 ? 2 : half, 6, "H", TimeGranularity.Half);

        if (f.Season is { } season)
        {
            if (f.Year is { } sy) return new($"{sy:D4}-{season}", TimeGranularity.Season, f.Edge);
            int strict = f.Rel is { } r && r != 0 ? Math.Sign(r) : 0;
            return a.Complete(yr => SeasonSpan(yr, season), strict == 0 ? tense : TenseDirection.Unknown, strict,
                yr => $"{yr:D4}-{season}", $"XXXX-{season}", TimeGranularity.Season) with { Mod = f.Edge };
        }

        if (f.Decade is { } decade) return new($"{decade:D3}", TimeGranularity.Decade, f.Edge);
        if (f.Decade2 is { } d2)
        {
            if (a.Year is not { } refYear) return new($"XX{d2}", TimeGranularity.Decade, f.Edge, true, Reason: NoReferenceYear);
            int century = refYear / 100;
            if (d2 * 10 > refYear % 100) century--;
            return new($"{century:D2}{d2}", TimeGranularity.Decade, f.Edge, true);
        }
        if (f.Century is { } c) return new($"{c - 1:D2}", TimeGranularity.Century, f.Edge);

        if (f.Year is { } onlyYear) return new($"{onlyYear:D4}", TimeGranularity.Year, f.Edge);

        if (f.Weekday is { } wd)
        {
            int strict = f.Rel is { } r && r != 0 ? Math.Sign(r) : 0;
            return a.Weekday(wd, strict == 0 ? tense : TenseDirection.Unknown, strict);
        }

        if (f.Unit is { } unit)
            return a.Shift(unit, f.Rel ?? 0) with { Mod = f.Edge };

        if (f.Hour is not null || f.Part is not null) return a.ShiftDays(0);
        return new("XXXX-XX-XX", TimeGranularity.None, Reason: "nothing in the expression names a date");
    }

    private static TimeResolution Part(TimeFields f, Anchor a, TenseDirection tense, int index, int months, string code, TimeGranularity g)
    {
        if (f.Year is { } y) return new($"{y:D4}-{code}{index}", g, f.Edge);
        if (f.YearRel is { } yr)
        {
            if (a.Year is not { } ry) return new($"XXXX-{code}{index}", g, f.Edge, true, Reason: NoReferenceYear);
            return new($"{ry + yr:D4}-{code}{index}", g, f.Edge, true);
        }
        if (f.Rel is { } rel && f.Rel != 0)
        {
            // "last quarter": the quarter before the reference date's.
            if (a.Day is not { } day) return new($"XXXX-{code}X", g, f.Edge, true, Reason: NoReferenceDay);
            int cur = (day.Month - 1) / months + (rel > 0 ? 1 : -1);
            int year = day.Year + (int)Math.Floor(cur / (12.0 / months));
            int idx = ((cur % (12 / months)) + 12 / months) % (12 / months) + 1;
            return new($"{year:D4}-{code}{idx}", g, f.Edge, true);
        }
        return a.Complete(yy => Days(new DateOnly(yy, (index - 1) * months + 1, 1), new DateOnly(yy, (index - 1) * months + 1, 1).AddMonths(months).AddDays(-1)),
            tense, 0, yy => $"{yy:D4}-{code}{index}", $"XXXX-{code}{index}", g) with { Mod = f.Edge };
    }

    private static TimeResolution Range(TimeFields f, Anchor a, TenseDirection tense)
    {
        if (f.Year2 is { } y2 && f.Month is null)
        {
            int y1 = f.Year ?? 0;
            return new($"{y1:D4}/{y2:D4}", TimeGranularity.Year, RangeStart: $"{y1:D4}", RangeEnd: $"{y2:D4}");
        }
        int m1 = f.Month ?? f.Month2 ?? 1, m2 = f.Month2 ?? m1;
        int d1 = f.Day ?? 1, d2 = f.Day2 ?? d1;
        string start, end;
        bool relative = false;
        string? reason = null;
        if (f.Year is { } year)
        {
            start = Iso(year, m1, d1);
            end = Iso(year, m2, d2);
        }
        else
        {
            var first = a.Complete(yr => Valid(yr, m1, d1) ? Days(new DateOnly(yr, m1, d1)) : null, tense, 0,
                yr => Iso(yr, m1, d1), $"XXXX-{m1:D2}-{d1:D2}", TimeGranularity.Day);
            start = first.Value;
            end = start.StartsWith("XXXX", StringComparison.Ordinal) ? $"XXXX-{m2:D2}-{d2:D2}" : start[..4] + $"-{m2:D2}-{d2:D2}";
            relative = true;
            reason = first.Reason;
        }
        return new($"{start}/{end}", TimeGranularity.Day, f.Edge, relative, start, end, reason);
    }

    private static TimeResolution Invalid(TimeFields f) =>
        new("XXXX-XX-XX", TimeGranularity.Day, Reason: $"no such date: {f.Year}-{f.Month}-{f.Day}");

    internal static bool Valid(int y, int m, int d) => y is >= 1 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m);

    internal static string Iso(int y, int m, int d) => $"{y:D4}-{m:D2}-{d:D2}";

    internal static string Week(DateOnly day)
    {
        var dt = day.ToDateTime(TimeOnly.MinValue);
        return $"{ISOWeek.GetYear(dt):D4}-W{ISOWeek.GetWeekOfYear(dt):D2}";
    }

    private static (DateOnly, DateOnly)? Days(DateOnly day) => (day, day);
    private static (DateOnly, DateOnly)? Days(DateOnly start, DateOnly end) => (start, end);

    private static (DateOnly, DateOnly)? MonthSpan(int y, int m) => (new DateOnly(y, m, 1), new DateOnly(y, m, DateTime.DaysInMonth(y, m)));

    private static (DateOnly, DateOnly)? SeasonSpan(int y, string season) => season switch
    {
        "SP" => (new DateOnly(y, 3, 1), new DateOnly(y, 5, 31)),
        "SU" => (new DateOnly(y, 6, 1), new DateOnly(y, 8, 31)),
        "FA" => (new DateOnly(y, 9, 1), new DateOnly(y, 11, 30)),
        _ => (new DateOnly(y, 12, 1), new DateOnly(y + 1, 2, 28)),
    };

    /// <summary>What the reference date knows, and arithmetic against it.</summary>
    private readonly struct Anchor(ReferenceDate rd)
    {
        public int? Year { get; } = rd.Value.Year;
        public int? Month { get; } = rd.Value.Month;

        /// <summary>The reference day; a month-granular reference stands for its 15th, a year for 1 July.</summary>
        public DateOnly? Day { get; } = rd.Value switch
        {
            { Year: { } y, Month: { } m, Day: { } d } when Valid(y, m, d) => new DateOnly(y, m, d),
            { Year: { } y, Month: { } m } => new DateOnly(y, m, 15),
            { Year: { } y } => new DateOnly(y, 7, 1),
            _ => null,
        };

        public bool KnowsDay { get; } = rd.Value.IsComplete;

        private string MissingReason => Year is null ? (Month is null ? NoReference : NoReferenceYear) : NoReferenceDay;

        public TimeResolution ShiftDays(int n)
        {
            if (KnowsDay) return new(Iso(Day!.Value.AddDays(n)), TimeGranularity.Day, AnchorRelative: true);
            if (Year is null && Month is { } m && rd.Value.Day is { } d)
            {
                // Without the year, day arithmetic holds unless it crosses 29 February.
                var leap = new DateOnly(2000, m, d).AddDays(n);
                var plain = Valid(2001, m, d) ? new DateOnly(2001, m, d).AddDays(n) : leap;
                string value = leap.Month == plain.Month && leap.Day == plain.Day ? $"XXXX-{leap.Month:D2}-{leap.Day:D2}" : "XXXX-XX-XX";
                return new(value, TimeGranularity.Day, AnchorRelative: true, Reason: NoReferenceYear);
            }
            return new("XXXX-XX-XX", TimeGranularity.Day, AnchorRelative: true, Reason: MissingReason);
        }

        private static string Iso(DateOnly d) => TimeNormalizer.Iso(d.Year, d.Month, d.Day);

        public TimeResolution Shift(string unit, int n)
        {
            switch (unit)
            {
                case "Y":
                    return Year is { } y
                        ? new($"{y + n:D4}", TimeGranularity.Year, AnchorRelative: true)
                        : new("XXXX", TimeGranularity.Year, AnchorRelative: true, Reason: MissingReason);
                case "DE":
                    return Year is { } dy
                        ? new($"{dy / 10 + n:D3}", TimeGranularity.Decade, AnchorRelative: true)
                        : new("XXX", TimeGranularity.Decade, AnchorRelative: true, Reason: MissingReason);
                case "CE":
                    return Year is { } cy
                        ? new($"{cy / 100 + n:D2}", TimeGranularity.Century, AnchorRelative: true)
                        : new("XX", TimeGranularity.Century, AnchorRelative: true, Reason: MissingReason);
                case "M":
                    if (Month is not { } month) return new("XXXX-XX", TimeGranularity.Month, AnchorRelative: true, Reason: MissingReason);
                    int total = (Year ?? 2000) * 12 + month - 1 + n;
                    return Year is null
                        ? new($"XXXX-{total % 12 + 1:D2}", TimeGranularity.Month, AnchorRelative: true, Reason: NoReferenceYear)
                        : new($"{total / 12:D4}-{total % 12 + 1:D2}", TimeGranularity.Month, AnchorRelative: true);
                case "Q":
                    if (Year is not { } qy || Month is not { } qm) return new("XXXX-QX", TimeGranularity.Quarter, AnchorRelative: true, Reason: MissingReason);
                    int q = qy * 4 + (qm - 1) / 3 + n;
                    return new($"{q / 4:D4}-Q{q % 4 + 1}", TimeGranularity.Quarter, AnchorRelative: true);
                case "W" or "2W" or "WE":
                    if (!KnowsDay) return new("XXXX-WXX", TimeGranularity.Week, AnchorRelative: true, Reason: MissingReason);
                    string week = Week(Day!.Value.AddDays(7 * n * (unit == "2W" ? 2 : 1)));
                    return new(unit == "WE" ? week + "-WE" : week, TimeGranularity.Week, AnchorRelative: true);
                default:
                    return ShiftDays(n);
            }
        }

        /// <summary>
        /// Completes a year-less period: among the occurrences in the reference year and the years either side, the latest
        /// starting on or before the reference day (past), the earliest ending on or after it (future) or the nearest;
        /// <paramref name="strict"/> −1/+1 ("last"/"next") wants one wholly before/after it.
        /// </summary>
        public TimeResolution Complete(Func<int, (DateOnly Start, DateOnly End)?> period, TenseDirection tense, int strict,
            Func<int, string> value, string unknown, TimeGranularity g)
        {
            if (Year is not { } ry || Day is not { } day)
                return new(unknown, g, AnchorRelative: true, Reason: MissingReason);
            int best = 0;
            long bestScore = long.MaxValue;
            for (int y = ry - 1; y <= ry + 1; y++)
            {
                if (period(y) is not { } p) continue;
                long score;
                if (strict < 0) score = p.End < day ? day.DayNumber - p.End.DayNumber : long.MaxValue;
                else if (strict > 0) score = p.Start > day ? p.Start.DayNumber - day.DayNumber : long.MaxValue;
                else if (tense == TenseDirection.Past) score = p.Start <= day ? day.DayNumber - p.Start.DayNumber : long.MaxValue;
                else if (tense == TenseDirection.Future) score = p.End >= day ? Math.Max(0, p.Start.DayNumber - day.DayNumber) : long.MaxValue;
                else score = p.Start <= day && day <= p.End ? 0 : Math.Min(Math.Abs(p.Start.DayNumber - day.DayNumber), Math.Abs(p.End.DayNumber - day.DayNumber)) * 2 + (p.Start > day ? 1 : 0);
                if (score < bestScore) { bestScore = score; best = y; }
            }
            if (bestScore == long.MaxValue) return new(unknown, g, AnchorRelative: true, Reason: "no occurrence fits the tense");
            return new(value(best), g, AnchorRelative: true);
        }

        public TimeResolution Weekday(int isoDay, TenseDirection tense, int strict)
        {
            if (!KnowsDay)
                return new("XXXX-XX-XX", TimeGranularity.Day, AnchorRelative: true,
                    Reason: Year is null && rd.Value.Day is not null ? "a weekday needs the reference year" : MissingReason);
            var day = Day!.Value;
            int refIso = day.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)day.DayOfWeek;
            int back = (refIso - isoDay + 7) % 7;   // days back to the latest such weekday (0 = today)
            int fwd = (isoDay - refIso + 7) % 7;    // days on to the next (0 = today)
            int offset;
            if (strict < 0) offset = -(back == 0 ? 7 : back);
            else if (strict > 0) offset = fwd == 0 ? 7 : fwd;
            else if (tense == TenseDirection.Past) offset = -back;
            else if (tense == TenseDirection.Future) offset = fwd;
            else offset = back <= fwd ? -back : fwd;
            return new(Iso(day.AddDays(offset)), TimeGranularity.Day, AnchorRelative: true);
        }
    }
}
