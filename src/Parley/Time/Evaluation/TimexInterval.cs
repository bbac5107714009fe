using System.Globalization;

namespace Parley.Time.Evaluation;

/// <summary>The calendar days a TIMEX3 date value covers (<c>2012-W05</c> → Mon 30 Jan … Sun 5 Feb), for comparing values written differently.</summary>
public static class TimexInterval
{
    public static bool TryParse(string? value, out DateOnly start, out DateOnly end)
    {
        start = end = default;
        if (string.IsNullOrEmpty(value)) return false;
        int slash = value.IndexOf('/');
        if (slash > 0)
            return TryParse(value[..slash], out start, out _) & TryParse(value[(slash + 1)..], out _, out end);
        int t = value.IndexOf('T');
        if (t > 0) value = value[..t];
        try
        {
            string[] p = value.Split('-');
            if (!int.TryParse(p[0], NumberStyles.None, CultureInfo.InvariantCulture, out int y)) return false;
            switch (p[0].Length)
            {
                case 2 when p.Length == 1: start = new DateOnly(Math.Max(1, y * 100), 1, 1); end = new DateOnly(y * 100 + 99, 12, 31); return true;
                case 3 when p.Length == 1: start = new DateOnly(y * 10, 1, 1); end = new DateOnly(y * 10 + 9, 12, 31); return true;
                case 4: break;
                default: return false;
            }
            if (p.Length == 1) { start = new DateOnly(y, 1, 1); end = new DateOnly(y, 12, 31); return true; }
            string s = p[1];
            if (s.Length == 2 && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out int m))
            {
                if (p.Length == 2) { start = new DateOnly(y, m, 1); end = start.AddMonths(1).AddDays(-1); return true; }
                if (!int.TryParse(p[2], NumberStyles.None, CultureInfo.InvariantCulture, out int d)) return false;
                start = end = new DateOnly(y, m, d);
                return true;
            }
            if (s[0] == 'W' && int.TryParse(s.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out int w))
            {
                start = DateOnly.FromDateTime(ISOWeek.ToDateTime(y, w, DayOfWeek.Monday));
                end = start.AddDays(6);
                if (p.Length > 2 && p[2] == "WE") start = start.AddDays(5);
                return true;
            }
            if ((s[0] == 'Q' || s[0] == 'H') && s.Length == 2 && char.IsDigit(s[1]))
            {
                int months = s[0] == 'Q' ? 3 : 6;
                start = new DateOnly(y, (s[1] - '1') * months + 1, 1);
                end = start.AddMonths(months).AddDays(-1);
                return true;
            }
            (int from, int to)? season = s switch { "SP" => (3, 5), "SU" => (6, 8), "FA" => (9, 11), "WI" => (12, 14), _ => null };
            if (season is { } ss)
            {
                start = new DateOnly(y, ss.from, 1);
                end = new DateOnly(y, 1, 1).AddMonths(ss.to).AddDays(-1);
                return true;
            }
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
        return false;
    }
}
