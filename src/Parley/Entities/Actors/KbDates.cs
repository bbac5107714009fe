using System.Globalization;

namespace Parley.Entities.Actors;

/// <summary>Reads the knowledge base's date strings: <c>2013-02-01</c> or a bare year <c>2021</c>.</summary>
public static class KbDates
{
    public static DateOnly? Earliest(string? s) => s switch
    {
        null or "" => null,
        { Length: 4 } => new DateOnly(Y(s), 1, 1),
        { Length: 7 } => new DateOnly(Y(s), M(s), 1),
        _ => DateOnly.ParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    public static DateOnly? Latest(string? s) => s switch
    {
        null or "" => null,
        { Length: 4 } => new DateOnly(Y(s), 12, 31),
        { Length: 7 } => new DateOnly(Y(s), M(s), DateTime.DaysInMonth(Y(s), M(s))),
        _ => DateOnly.ParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    /// <summary>A source date kept as <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>; null when it is none of these.</summary>
    public static string? Normalize(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        s = s.Trim();
        if (s.Length > 10) s = s[..10];
        string[] formats = ["yyyy", "yyyy-MM", "yyyy-MM-dd"];
        return DateTime.TryParseExact(s, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? s : null;
    }

    private static int Y(string s) => int.Parse(s[..4], CultureInfo.InvariantCulture);
    private static int M(string s) => int.Parse(s[5..7], CultureInfo.InvariantCulture);

    /// <summary>PETRARCH dates: <c>YYMMDD</c> (years ≤ 30 are 20YY) or <c>YYYYMMDD</c>; null when malformed.</summary>
    public static string? FromPetrarch(string digits)
    {
        int y, m, d;
        if (digits.Length == 6)
        {
            y = int.Parse(digits[..2], CultureInfo.InvariantCulture);
            y += y <= 30 ? 2000 : 1900;
            m = int.Parse(digits[2..4], CultureInfo.InvariantCulture);
            d = int.Parse(digits[4..6], CultureInfo.InvariantCulture);
        }
        else if (digits.Length == 8)
        {
            y = int.Parse(digits[..4], CultureInfo.InvariantCulture);
            m = int.Parse(digits[4..6], CultureInfo.InvariantCulture);
            d = int.Parse(digits[6..8], CultureInfo.InvariantCulture);
        }
        else return null;
        if (m < 1 || m > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return null;
        return new DateOnly(y, m, d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
