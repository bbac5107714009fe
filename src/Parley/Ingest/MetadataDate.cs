using System.Globalization;

namespace Parley.Ingest;

/// <summary>Parses publication dates given in metadata: an ISO 8601 date or date-time (offset optional, UTC assumed).</summary>
internal static class MetadataDate
{
    private static readonly string[] DateOnlyFormats = ["yyyy-MM-dd", "yyyyMMdd"];

    public static bool TryParse(string? value, out DateTimeOffset date, out bool hasTime)
    {
        date = default;
        hasTime = false;
        if (string.IsNullOrWhiteSpace(value)) return false;
        var s = value.AsSpan().Trim();
        if (DateTimeOffset.TryParseExact(s, DateOnlyFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date))
            return true;
        // A date-time must look ISO (yyyy-MM-ddT… or with a space): culture-dependent forms like
        // 03/02/2012 are ambiguous and would be guessed wrong half the time.
        if (s.Length < 16 || s[4] != '-' || s[7] != '-' || (s[10] != 'T' && s[10] != ' ' && s[10] != 't'))
            return false;
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out date))
        {
            hasTime = true;
            return true;
        }
        return false;
    }
}
