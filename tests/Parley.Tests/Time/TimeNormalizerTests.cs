using Parley.Dates;
using Parley.Time;

namespace Parley.Tests.Time;

/// <summary>The normaliser on its own: completion by tense, weekday direction, week arithmetic, incomplete references.</summary>
public sealed class TimeNormalizerTests
{
    private static readonly TimeNormalizer N = TimeNormalizer.Default;

    private static ReferenceDate Ref(int? y, int? m, int? d) => new()
    {
        Value = new PartialDate(y, m, d),
        Granularity = d is not null ? DateGranularity.Day : m is not null ? DateGranularity.Month : DateGranularity.Year,
        Source = ReferenceDateSource.Dateline,
    };

    [Theory]
    [InlineData(TenseDirection.Past, "2013-02-26")]     // reference 1 March: February 26 has just passed
    [InlineData(TenseDirection.Future, "2014-02-26")]
    [InlineData(TenseDirection.Unknown, "2013-02-26")]
    public void Year_less_date_is_completed_by_tense(TenseDirection tense, string expected)
    {
        var r = N.Resolve(TimexType.Date, new TimeFields { Month = 2, Day = 26 }, Ref(2013, 3, 1), tense);
        Assert.Equal(expected, r.Value);
        Assert.True(r.AnchorRelative);
        Assert.Null(r.Reason);
    }

    [Theory]
    [InlineData(TenseDirection.Past, 4, "2012-02-02")]    // reference Friday 3 Feb 2012
    [InlineData(TenseDirection.Future, 4, "2012-02-09")]
    [InlineData(TenseDirection.Past, 5, "2012-02-03")]    // the reference weekday itself, either way
    [InlineData(TenseDirection.Future, 5, "2012-02-03")]
    [InlineData(TenseDirection.Unknown, 1, "2012-02-06")] // nearest: Monday is 3 days on, 4 back
    [InlineData(TenseDirection.Unknown, 2, "2012-01-31")]
    public void Weekday_direction_follows_tense(TenseDirection tense, int isoDay, string expected) =>
        Assert.Equal(expected, N.Resolve(TimexType.Date, new TimeFields { Weekday = isoDay }, Ref(2012, 2, 3), tense).Value);

    [Theory]
    [InlineData(-1, "2012-01-27")]
    [InlineData(1, "2012-02-10")]
    public void Last_and_next_weekday_are_strict(int rel, string expected) =>
        Assert.Equal(expected, N.Resolve(TimexType.Date, new TimeFields { Weekday = 5, Rel = rel }, Ref(2012, 2, 3), TenseDirection.Past).Value);

    [Theory]
    [InlineData(2012, 1, 1, 0, "2011-W52")]   // ISO: 1 Jan 2012 is a Sunday of 2011's last week
    [InlineData(2012, 2, 3, -1, "2012-W04")]
    [InlineData(2015, 12, 31, 0, "2015-W53")]
    [InlineData(2008, 12, 29, 0, "2009-W01")]
    public void Weeks_are_iso_weeks(int y, int m, int d, int rel, string expected) =>
        Assert.Equal(expected, N.Resolve(TimexType.Date, new TimeFields { Unit = "W", Rel = rel }, Ref(y, m, d), TenseDirection.Unknown).Value);

    [Fact]
    public void Month_arithmetic_crosses_the_year() =>
        Assert.Equal("2011-12", N.Resolve(TimexType.Date, new TimeFields { Unit = "M", Rel = -1 }, Ref(2012, 1, 15), TenseDirection.Unknown).Value);

    [Fact]
    public void Unknown_year_reference_keeps_month_and_day_and_says_why()
    {
        var reference = Ref(null, 2, 26);
        var yesterday = N.Resolve(TimexType.Date, new TimeFields { Deictic = "D-1" }, reference, TenseDirection.Unknown);
        Assert.Equal("XXXX-02-25", yesterday.Value);
        Assert.Equal(TimeNormalizer.NoReferenceYear, yesterday.Reason);

        var weekday = N.Resolve(TimexType.Date, new TimeFields { Weekday = 2 }, reference, TenseDirection.Past);
        Assert.Equal("XXXX-XX-XX", weekday.Value);
        Assert.NotNull(weekday.Reason);

        var date = N.Resolve(TimexType.Date, new TimeFields { Month = 2, Day = 20 }, reference, TenseDirection.Past);
        Assert.Equal("XXXX-02-20", date.Value);
        Assert.Equal(TimeNormalizer.NoReferenceYear, date.Reason);
    }

    [Fact]
    public void Day_arithmetic_across_29_February_needs_the_year()
    {
        var r = N.Resolve(TimexType.Date, new TimeFields { Deictic = "D-1" }, Ref(null, 3, 1), TenseDirection.Unknown);
        Assert.Equal("XXXX-XX-XX", r.Value);
        Assert.NotNull(r.Reason);
    }

    [Fact]
    public void No_reference_leaves_relative_expressions_unresolved_but_absolute_ones_resolved()
    {
        var none = ReferenceDate.Unknown("test");
        Assert.Equal(TimeNormalizer.NoReference, N.Resolve(TimexType.Date, new TimeFields { Deictic = "D0" }, none, TenseDirection.Unknown).Reason);
        var year = N.Resolve(TimexType.Date, new TimeFields { Year = 2004 }, none, TenseDirection.Unknown);
        Assert.Equal("2004", year.Value);
        Assert.Null(year.Reason);
    }

    [Theory]
    [InlineData(24.0, "TH", "PT24H")]
    [InlineData(10.0, "M", "P10M")]
    [InlineData(2.5, "Y", "P2.5Y")]
    [InlineData(0.5, "TH", "PT30M")]
    [InlineData(2.0, "DE", "P20Y")]
    [InlineData(null, "Y", "PXY")]
    public void Durations_are_timex_periods(double? num, string unit, string expected) =>
        Assert.Equal(expected, N.Resolve(TimexType.Duration, new TimeFields { Num = num, Unit = unit, HasNumber = true }, Ref(2012, 2, 3), TenseDirection.Unknown).Value);
}
