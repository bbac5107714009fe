using System.Globalization;
using System.Text.RegularExpressions;

namespace Parley.Events.Extraction;

/// <summary>
/// A week as an event date: "last week", "this week" are TIMEX3 weeks (<c>2015-W11</c>), which an event date writes as
/// the days they cover, Monday to Sunday (<c>2015-03-09/2015-03-15</c>); a weekend (<c>2015-W11-WE</c>) is its Saturday
/// and Sunday. Pure.
/// </summary>
internal static partial class EventWeeks
{
    [GeneratedRegex(@"^(\d{4})-W(\d{2})(-WE)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Week();

    /// <summary>The day range of an ISO week value, or null when <paramref name="value"/> is not one.</summary>
    public static string? Range(string? value)
    {
        if (value is null || Week().Match(value) is not { Success: true } m) return null;
        int year = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), week = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        if (year < 1 || week < 1 || week > ISOWeek.GetWeeksInYear(year)) return null;
        var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
        var first = m.Groups[3].Success ? monday.AddDays(5) : monday;
        return EventDate.Range(first, monday.AddDays(6));
    }
}
