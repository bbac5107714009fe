using System.Globalization;

namespace Parley.Events;

/// <summary>
/// The date of the event itself: an ISO value at day, month or year granularity, or a range <c>A/B</c>
/// (<c>2012-02-03/2012-02-05</c>), with how it was resolved.
/// </summary>
public sealed record EventDate(string Value, DateResolution Resolution)
{
    /// <summary>First and last day covered, or null when <paramref name="value"/> is not YYYY, YYYY-MM, YYYY-MM-DD or A/B of them with A not after B.</summary>
    public static (DateOnly First, DateOnly Last)? Bounds(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        string[] parts = value.Split('/');
        if (parts.Length > 2) return null;
        var a = PartBounds(parts[0]);
        var b = parts.Length == 2 ? PartBounds(parts[1]) : a;
        if (a is null || b is null || a.Value.First > b.Value.Last) return null;
        return (a.Value.First, b.Value.Last);
    }

    /// <summary>The value of one day: <c>2012-02-03</c>.</summary>
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The value of a range of days, <c>2012-02-03/2012-02-05</c> (the inverse of <see cref="Bounds"/>).</summary>
    public static string Range(DateOnly first, DateOnly last) => $"{Day(first)}/{Day(last)}";

    /// <summary>Whether two date values share at least one day (the lenient date match of SPEC §8).</summary>
    public static bool Overlap(string? x, string? y) =>
        Bounds(x) is { } a && Bounds(y) is { } b && a.First <= b.Last && b.First <= a.Last;

    private static (DateOnly First, DateOnly Last)? PartBounds(string part)
    {
        var inv = CultureInfo.InvariantCulture;
        switch (part.Length)
        {
            case 4 when int.TryParse(part, NumberStyles.None, inv, out int y) && y >= 1:
                return (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
            case 7 when DateOnly.TryParseExact(part + "-01", "yyyy-MM-dd", inv, DateTimeStyles.None, out var m):
                return (m, m.AddMonths(1).AddDays(-1));
            case 10 when DateOnly.TryParseExact(part, "yyyy-MM-dd", inv, DateTimeStyles.None, out var d):
                return (d, d);
            default:
                return null;
        }
    }
}
