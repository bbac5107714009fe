using System.Text.RegularExpressions;
using Parley.Dates;

namespace Parley.Articles;

/// <summary>
/// The header's regular expressions, source-generated once. Month names are case-sensitive on purpose:
/// a capital letter is part of what makes "February 3" a date in a dateline.
/// </summary>
internal static partial class HeaderPatterns
{
    private const string Month = DateWords.MonthPattern;
    private const string Dash = @"[-\u2010-\u2015]+";

    // A place in capitals (MOSCOW, NEW YORK, ST. PETERSBURG) or in title case (Moscow, New York), then an
    // optional ", February 3[, 2013]" / ", 3 February", an optional "(Agency)", an optional dash.
    // Which combinations make a dateline is decided in code: the regex only finds the parts.
    [GeneratedRegex(
        @"\G(?:(?<caps>\p{Lu}[\p{Lu}.'\u2019\-]+(?:[ ]\p{Lu}[\p{Lu}.'\u2019\-]+){0,3})|(?<place>\p{Lu}\p{Ll}+(?:[ \-]\p{Lu}\p{Ll}+){0,2}))"
        + @"(?:,[ ]*(?:(?<mon>" + Month + @")\.?[ ]+(?<day>\d{1,2})\b|(?<day>\d{1,2})[ ]+(?<mon>" + Month + @")\.?)(?:,?[ ]+(?<year>(?:19|20)\d\d)\b)?)?"
        + @"(?:[ ]*\((?<agency>[^()\n]{2,40})\))?"
        + @"(?<dash>[ ]*" + Dash + @")?",
        RegexOptions.CultureInvariant)]
    public static partial Regex Dateline();

    // Wikinews and many blogs open with the full date and its weekday on a line: "Friday, January 4, 2019".
    [GeneratedRegex(
        @"\G(?<wd>" + DateWords.WeekdayPattern + @"),[ ]+(?:(?<mon>" + Month + @")\.?[ ]+(?<day>\d{1,2}),?|(?<day>\d{1,2})[ ]+(?<mon>" + Month + @")\.?,?)[ ]+(?<year>(?:19|20)\d\d)\b(?<dash>[ ]*" + Dash + @")?",
        RegexOptions.CultureInvariant)]
    public static partial Regex WeekdayDateline();

    // A line that is only a timestamp, with an optional "Published:"-style label and time zone.
    [GeneratedRegex(
        @"^(?:(?i:published|updated|posted|last updated|date|created)[ ]*:?[ ]*)?(?:"
        + @"(?<day>\d{1,2})\.(?<m>\d{1,2})\.(?<year>(?:19|20)\d\d)(?:,?[ ]+(?<time>\d{1,2}:\d{2}(?::\d{2})?))?"
        + @"|(?<time>\d{1,2}:\d{2}(?::\d{2})?)[ ]*,?[ ]*(?<day>\d{1,2})[ ]+(?<mon>" + Month + @")\.?,?[ ]+(?<year>(?:19|20)\d\d)"
        + @"|(?<year>(?:19|20)\d\d)-(?<m>\d{2})-(?<day>\d{2})(?:[T ][ ]*(?<time>\d{2}:\d{2}(?::\d{2})?))?"
        + @"|(?<mon>" + Month + @")\.?[ ]+(?<day>\d{1,2}),?[ ]+(?<year>(?:19|20)\d\d)(?:,?[ ]+(?:at[ ]+)?(?<time>\d{1,2}:\d{2}(?::\d{2})?)(?:[ ]*(?<ampm>[AaPp])\.?[Mm]\.?)?)?"
        + @"|(?<day>\d{1,2})[ ]+(?<mon>" + Month + @")\.?,?[ ]+(?<year>(?:19|20)\d\d)(?:,?[ ]+(?:at[ ]+)?(?<time>\d{1,2}:\d{2}(?::\d{2})?))?"
        + @")(?:[ ]*\(?(?:GMT|UTC|MSK|CET|CEST|EST|EDT|PST|PDT|BST|[+-]\d{2}:?\d{2})\)?)?[ ]*$",
        RegexOptions.CultureInvariant)]
    public static partial Regex Timestamp();

    // "By Jane Doe", "By JANE DOE and John Roe, Reuters".
    [GeneratedRegex(@"^(?i:by)[ ]+\p{Lu}[\p{L}.'\u2019\-]*(?:[ ]+(?:\p{Lu}[\p{L}.'\u2019\-]*|and|de|van|von|der|al-\p{L}+|&))*(?:[ ]*,[ ]*[\p{L} .]+)?$",
        RegexOptions.CultureInvariant)]
    public static partial Regex ByLine();

    // A reporter's name alone on a line: two or three capitalised words, initials allowed ("Grigory Sysoev", "Anna K. Smith").
    [GeneratedRegex(@"^(?<w>\p{Lu}\p{Ll}+(?:[-'\u2019]\p{Lu}?\p{Ll}+)?)(?:[ ]+(?<w>\p{Lu}\.|\p{Lu}\p{Ll}+(?:[-'\u2019]\p{Lu}?\p{Ll}+)?)){1,2}$",
        RegexOptions.CultureInvariant)]
    public static partial Regex NameLine();
}
