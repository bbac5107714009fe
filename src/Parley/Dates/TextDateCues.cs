using System.Globalization;
using System.Text.RegularExpressions;
using Parley.Articles;
using Parley.Documents;

namespace Parley.Dates;

/// <summary>How a weekday mention relates to the reference date, from its modifier ("last", "next").</summary>
internal enum WeekdayRelation { Near, Past, Future }

/// <summary>A weekday named in the text, with the date written beside it, if any.</summary>
internal readonly record struct WeekdayMention(
    Span Span, DayOfWeek Day, WeekdayRelation Relation, int? Month, int? DayOfMonth, int? Year, bool Lead);

/// <summary>
/// The date cues the solver reads from an article's own text: years it reports as past (lower bounds) and the
/// weekdays it names. Uses local cues only: there is no tagger at this point of the pipeline.
/// </summary>
internal static partial class TextDateCues
{
    private const string Month = DateWords.MonthPattern;

    // A year with what makes it a date: a month before it, or a preposition ("in 2009", "since 2004", "mid-2010").
    [GeneratedRegex(
        @"(?:\b(?<mon>" + Month + @")\.?[ ]+(?:(?<day>\d{1,2}),?[ ]+)?|\b(?<day>\d{1,2})[ ]+(?<mon>" + Month + @")\.?,?[ ]+"
        + @"|\b(?<cue>(?i:in|since|from|during|until|till|through|after|before|by|early|late|of|year))[ ]+|\b(?<cue>(?i:mid))-)"
        + @"(?<year>(?:19|20)\d\d)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex YearMention();

    // Words that put a year in the future, looked for in the clause before it ("will … in 2025", "due in 2020").
    [GeneratedRegex(
        @"\b(?i:will|shall|would|due|scheduled|planned|plans?|planning|expected|expects?|aims?|targets?|targeted|next|upcoming|coming|forecasts?|projected|set to|is to|are to|to be held)\b|['\u2019]ll\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex FutureCue();

    [GeneratedRegex(
        @"(?<!\b(?i:good|black|bloody|super|ash|holy|palm|easter|cyber|maundy|shrove)[ ])\b(?:(?<mod>(?i:last|next|this|past|coming))[ ]+)?(?<wd>" + DateWords.WeekdayPattern + @")"
        + @"(?:[ ]*,?[ ]*(?:(?<mon>" + Month + @")\.?[ ]+(?<day>\d{1,2})\b|(?<day>\d{1,2})[ ]+(?<mon>" + Month + @")\.?)(?:,?[ ]+(?<year>(?:19|20)\d\d)\b)?)?",
        RegexOptions.CultureInvariant)]
    private static partial Regex WeekdayName();

    // Prepositions whose direction is ambiguous ("by 2009" may be past or a target; "until 2004" a past end or a
    // future deadline): they bound nothing.
    private static readonly string[] AmbiguousCues = ["by", "until", "till", "through", "before", "after"];

    // How far back the future cue is looked for when no sentence boundary comes first.
    private const int ClauseLookBack = 80;

    /// <summary>The spans the cues are read from: the title and the body (never boilerplate, dateline or timestamp).</summary>
    public static List<Span> Regions(ArticleHeader header)
    {
        var regions = new List<Span>(header.Body.Count + 1);
        if (header.Title is { } title) regions.Add(title);
        regions.AddRange(header.Body);
        return regions;
    }

    public static void CollectYears(string text, List<Span> regions, List<DateConstraint> into)
    {
        var regex = YearMention();
        foreach (var region in regions)
        {
            for (var m = regex.Match(text, region.Start, region.Length); m.Success; m = m.NextMatch())
            {
                var cue = m.Groups["cue"];
                if (cue.Success && IsAmbiguous(cue.ValueSpan)) continue;
                if (IsFuture(text, region.Start, m.Index)) continue;

                int year = int.Parse(m.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);
                int month = m.Groups["mon"].Success ? DateWords.Month(m.Groups["mon"].ValueSpan) : 0;
                int day = m.Groups["day"].Success ? int.Parse(m.Groups["day"].ValueSpan, CultureInfo.InvariantCulture) : 0;
                DateOnly after;
                string what;
                if (month != 0 && day != 0 && DateWords.IsValid(year, month, day))
                {
                    after = new DateOnly(year, month, day).AddDays(1);
                    what = $"{year:D4}-{month:D2}-{day:D2}";
                }
                else if (month != 0)
                {
                    after = new DateOnly(year, month, 1).AddMonths(1);
                    what = $"{year:D4}-{month:D2}";
                }
                else
                {
                    after = new DateOnly(year + 1, 1, 1);
                    what = year.ToString("D4", CultureInfo.InvariantCulture);
                }
                var span = new Span(m.Index, m.Index + m.Length);
                into.Add(new DateConstraint(after, null, new DateEvidence(
                    DateEvidenceKind.ExplicitYear, m.Value, span,
                    $"reported as past, so the article was written after {what} (not before {after:yyyy-MM-dd})"))
                {
                    ReportedPast = true,
                });
            }
        }
    }

    /// <param name="leadEnd">End of the paragraph the dateline opens: weekdays named there weigh most.</param>
    public static void CollectWeekdays(string text, List<Span> regions, int leadStart, int leadEnd, List<WeekdayMention> into)
    {
        var regex = WeekdayName();
        foreach (var region in regions)
        {
            for (var m = regex.Match(text, region.Start, region.Length); m.Success; m = m.NextMatch())
            {
                var relation = m.Groups["mod"].Success
                    ? char.ToLowerInvariant(m.Groups["mod"].ValueSpan[0]) switch
                    {
                        'l' or 'p' => WeekdayRelation.Past,
                        'n' or 'c' => WeekdayRelation.Future,
                        _ => WeekdayRelation.Near,
                    }
                    : WeekdayRelation.Near;
                int? month = null, day = null, year = null;
                if (m.Groups["mon"].Success)
                {
                    month = DateWords.Month(m.Groups["mon"].ValueSpan);
                    day = int.Parse(m.Groups["day"].ValueSpan, CultureInfo.InvariantCulture);
                    if (m.Groups["year"].Success) year = int.Parse(m.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);
                    if (!DateWords.IsValid(year ?? 2000, month.Value, day.Value)) month = day = year = null;
                }
                into.Add(new WeekdayMention(
                    new Span(m.Index, m.Index + m.Length), DateWords.Weekday(m.Groups["wd"].ValueSpan)!.Value, relation,
                    month, day, year, m.Index >= leadStart && m.Index < leadEnd));
            }
        }
    }

    private static bool IsAmbiguous(ReadOnlySpan<char> cue)
    {
        foreach (var c in AmbiguousCues)
        {
            if (cue.Equals(c, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>True when the clause before <paramref name="at"/> speaks of the future.</summary>
    private static bool IsFuture(string text, int regionStart, int at)
    {
        int from = Math.Max(regionStart, at - ClauseLookBack);
        for (int i = at - 1; i >= from; i--)
        {
            char c = text[i];
            // A clause ends at a comma or a sentence end; a full stop ends a sentence only before a space ("U.S." does not).
            if (c is '\n' or ';' or ',' or '!' or '?' || (c == '.' && i + 1 < at && text[i + 1] == ' '))
            {
                from = i + 1;
                break;
            }
        }
        return FutureCue().IsMatch(text.AsSpan(from, at - from));
    }
}
