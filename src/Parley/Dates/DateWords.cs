namespace Parley.Dates;

/// <summary>
/// English month and weekday names as the header parser and the date solver read them. The regex
/// fragments are constants so that source-generated regexes can embed them.
/// </summary>
internal static class DateWords
{
    /// <summary>Full and abbreviated month names (with or without a following dot, matched separately).</summary>
    public const string MonthPattern =
        @"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b";

    public const string WeekdayPattern = @"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b";

    /// <summary>Month number of a month name or abbreviation (case-insensitive, dot ignored), or 0.</summary>
    public static int Month(ReadOnlySpan<char> name)
    {
        name = name.TrimEnd('.');
        if (name.Length < 3) return 0;
        Span<char> key = stackalloc char[3];
        for (int i = 0; i < 3; i++) key[i] = char.ToLowerInvariant(name[i]);
        return key switch
        {
            "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
            "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, "dec" => 12,
            _ => 0,
        };
    }

    /// <summary>The weekday a full English weekday name denotes, or null.</summary>
    public static DayOfWeek? Weekday(ReadOnlySpan<char> name)
    {
        if (name.Length < 3) return null;
        Span<char> key = stackalloc char[3];
        for (int i = 0; i < 3; i++) key[i] = char.ToLowerInvariant(name[i]);
        return key switch
        {
            "mon" => DayOfWeek.Monday, "tue" => DayOfWeek.Tuesday, "wed" => DayOfWeek.Wednesday,
            "thu" => DayOfWeek.Thursday, "fri" => DayOfWeek.Friday, "sat" => DayOfWeek.Saturday,
            "sun" => DayOfWeek.Sunday, _ => null,
        };
    }

    private static readonly string[] CalendarWords =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    ];

    /// <summary>True when the word is a full month or weekday name (a name-like word that is not a name).</summary>
    public static bool IsMonthOrWeekday(ReadOnlySpan<char> word)
    {
        foreach (var w in CalendarWords)
        {
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>True when year/month/day form a real calendar date.</summary>
    public static bool IsValid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
}
