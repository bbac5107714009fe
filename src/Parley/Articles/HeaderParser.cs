using System.Globalization;
using System.Text.RegularExpressions;
using Parley.Dates;
using Parley.Documents;

namespace Parley.Articles;

/// <summary>
/// Finds an article's title, dateline, timestamp and byline on its first lines and flags web-furniture
/// lines anywhere in it; the rest is <see cref="ArticleHeader.Body"/>. Pure and thread-safe: build one
/// (or use <see cref="Default"/>) and call <see cref="Parse"/> for any number of articles.
/// </summary>
public sealed class HeaderParser
{
    /// <summary>Header parts are looked for only on this many non-empty lines at the top: they never come later.</summary>
    public const int HeaderLines = 15;

    // Headlines are short; a longer first line is the article's first paragraph.
    private const int MaxTitleLength = 200;
    private const int MaxBylineLength = 80;

    // Lines without any letter ("632 0", "***") are furniture, but only short ones: a long one is a table.
    private const int MaxNoWordsLength = 40;

    private static readonly Lazy<HeaderParser> DefaultInstance = new(() => new HeaderParser(BoilerplateLexicon.Default));

    private readonly BoilerplateLexicon _lexicon;

    public HeaderParser(BoilerplateLexicon lexicon)
    {
        _lexicon = lexicon;
    }

    /// <summary>A parser over the embedded boilerplate lexicon.</summary>
    public static HeaderParser Default => DefaultInstance.Value;

    private enum Part { None, Title, Dateline, Timestamp, Byline }

    /// <summary>
    /// Parses <paramref name="text"/> (the cleaned article text). When <paramref name="metadata"/> carries a
    /// title, only a line repeating it becomes <see cref="ArticleHeader.Title"/>.
    /// </summary>
    public ArticleHeader Parse(string text, ArticleMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(metadata);

        Span? title = null;
        Dateline? dateline = null;
        Timestamp? timestamp = null;
        Span? byline = null;
        var boilerplate = new List<BoilerplateLine>();

        bool titleDecided = false;
        bool inHeader = true;
        int nonEmpty = 0;
        var last = Part.None;

        int pos = 0;
        while (pos <= text.Length)
        {
            int nl = text.IndexOf('\n', pos);
            int lineEnd = nl < 0 ? text.Length : nl;
            var line = Trim(text, pos, lineEnd);
            pos = lineEnd + 1;
            if (line.IsEmpty)
            {
                if (nl < 0) break;
                continue;
            }
            var s = line.Of(text);
            nonEmpty++;
            if (nonEmpty > HeaderLines) inHeader = false;

            if (inHeader && timestamp is null && TryTimestamp(text, line, out var ts))
            {
                timestamp = ts;
                last = Part.Timestamp;
                continue;
            }

            string? reason = FurnitureReason(s);
            if (reason is not null)
            {
                boilerplate.Add(new BoilerplateLine(line, reason));
                continue;
            }
            if (!inHeader) continue;

            if (dateline is null && TryDateline(text, line, out var dl))
            {
                dateline = dl;
                last = Part.Dateline;
                // A dateline opening the first paragraph: what follows the dash is article text.
                if (dl.Span.End < line.End) inHeader = false;
                continue;
            }

            if (byline is null && IsByline(s, last))
            {
                byline = line;
                last = Part.Byline;
                continue;
            }

            if (!titleDecided)
            {
                titleDecided = true;
                if (IsTitle(s, metadata.Title))
                {
                    title = line;
                    last = Part.Title;
                    continue;
                }
            }

            // A short line that is not prose (a subtitle, a caption) keeps the header open: a dateline or
            // timestamp may still follow it. The first prose paragraph closes it.
            if (IsProse(s)) inHeader = false;
            last = Part.None;
        }

        var header = new ArticleHeader
        {
            Title = title,
            Dateline = dateline,
            Timestamp = timestamp,
            Byline = byline,
            Boilerplate = boilerplate,
        };
        return header with { Body = BodyOf(text, header) };
    }

    private string? FurnitureReason(ReadOnlySpan<char> line)
    {
        if (line.Length <= MaxNoWordsLength && !HasLetter(line)) return "no-words";
        string? phrase = _lexicon.Match(line);
        return phrase is null ? null : "lexicon: " + phrase;
    }

    private static bool HasLetter(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (char.IsLetter(c)) return true;
        }
        return false;
    }

    private static bool IsTitle(ReadOnlySpan<char> line, string? metadataTitle)
    {
        if (metadataTitle is not null)
            return SameText(line, metadataTitle);
        if (line.Length > MaxTitleLength) return false;
        // A headline does not end with a full stop (an abbreviation such as "U.S." aside); a sentence does, also
        // when closing brackets or quotes follow it ("{The talks ended on Monday.}").
        line = line.TrimEnd(")]}\"'\u2019\u201D");
        if (line.Length == 0 || line[^1] != '.') return true;
        int lastSpace = line.LastIndexOf(' ');
        return line[(lastSpace + 1)..^1].Contains('.');
    }

    private static bool IsProse(ReadOnlySpan<char> line) =>
        line.Length >= 100 || line[^1] is '.' or '!' or '?' or '"' or '\u201D';

    private static bool SameText(ReadOnlySpan<char> a, string b)
    {
        Span<char> bufA = stackalloc char[BoilerplateLexicon.MaxLineLength];
        Span<char> bufB = stackalloc char[BoilerplateLexicon.MaxLineLength];
        if (a.Length > BoilerplateLexicon.MaxLineLength * 2 || b.Length > BoilerplateLexicon.MaxLineLength * 2) return a.Trim().SequenceEqual(b.AsSpan().Trim());
        return BoilerplateLexicon.Normalize(a, bufA).SequenceEqual(BoilerplateLexicon.Normalize(b, bufB));
    }

    private static bool IsByline(ReadOnlySpan<char> line, Part last)
    {
        if (line.Length > MaxBylineLength) return false;
        if (HeaderPatterns.ByLine().IsMatch(line)) return true;
        // A bare name counts only right under the title or dateline, where agencies put the reporter.
        if (last is not (Part.Title or Part.Dateline)) return false;
        foreach (var m in HeaderPatterns.NameLine().EnumerateMatches(line))
        {
            _ = m;
            return AllNameWords(line);
        }
        return false;
    }

    // Rejects "Foreign Ministers Meet"-like subtitles only where a word is plainly not a name part.
    private static readonly string[] NotNameWords =
    [
        "The", "And", "Of", "In", "On", "At", "For", "To", "With", "From", "By", "New", "News", "Update",
        "Breaking", "Live", "Photo", "Video", "Analysis", "Opinion", "Comment", "Editorial", "Interview",
    ];

    private static bool AllNameWords(ReadOnlySpan<char> line)
    {
        foreach (var range in line.Split(' '))
        {
            var word = line[range];
            if (word.IsEmpty) continue;
            if (DateWords.IsMonthOrWeekday(word)) return false;
            foreach (var stop in NotNameWords)
            {
                if (word.Equals(stop, StringComparison.Ordinal)) return false;
            }
        }
        return true;
    }

    private static bool TryTimestamp(string text, Span line, out Timestamp timestamp)
    {
        timestamp = null!;
        var m = HeaderPatterns.Timestamp().Match(text, line.Start, line.Length);
        if (!m.Success) return false;
        int year = Int(m.Groups["year"]);
        int month = m.Groups["m"].Success ? Int(m.Groups["m"]) : DateWords.Month(m.Groups["mon"].ValueSpan);
        int day = Int(m.Groups["day"]);
        if (!DateWords.IsValid(year, month, day)) return false;
        TimeOnly? time = null;
        if (m.Groups["time"].Success)
        {
            if (!TryTime(m.Groups["time"].ValueSpan, m.Groups["ampm"], out var t)) return false;
            time = t;
        }
        timestamp = new Timestamp(line, new PartialDate(year, month, day), time);
        return true;
    }

    private static bool TryTime(ReadOnlySpan<char> s, Group ampm, out TimeOnly time)
    {
        time = default;
        int colon = s.IndexOf(':');
        int hour = int.Parse(s[..colon], CultureInfo.InvariantCulture);
        var rest = s[(colon + 1)..];
        int minute = int.Parse(rest[..2], CultureInfo.InvariantCulture);
        int second = rest.Length > 3 ? int.Parse(rest[3..], CultureInfo.InvariantCulture) : 0;
        if (ampm.Success)
        {
            if (hour is < 1 or > 12) return false;
            bool pm = ampm.ValueSpan[0] is 'P' or 'p';
            hour = hour % 12 + (pm ? 12 : 0);
        }
        if (hour > 23 || minute > 59 || second > 59) return false;
        time = new TimeOnly(hour, minute, second);
        return true;
    }

    private static bool TryDateline(string text, Span line, out Dateline dateline)
    {
        dateline = null!;
        var m = HeaderPatterns.WeekdayDateline().Match(text, line.Start, line.Length);
        if (m.Success)
        {
            int year = Int(m.Groups["year"]), month = DateWords.Month(m.Groups["mon"].ValueSpan), day = Int(m.Groups["day"]);
            if (!DateWords.IsValid(year, month, day)) return false;
            if (!m.Groups["dash"].Success && !RestIsEmpty(text, m.Index + m.Length, line.End)) return false;
            dateline = new Dateline(Trim(text, line.Start, m.Index + m.Length), null, new PartialDate(year, month, day), null);
            return true;
        }

        m = HeaderPatterns.Dateline().Match(text, line.Start, line.Length);
        if (!m.Success) return false;
        bool caps = m.Groups["caps"].Success;
        bool hasDate = m.Groups["day"].Success;
        bool hasAgency = m.Groups["agency"].Success;
        bool hasDash = m.Groups["dash"].Success;
        bool restEmpty = RestIsEmpty(text, m.Index + m.Length, line.End);

        // What separates a dateline from a sentence that starts with a place name:
        // CAPS place: any of date, agency or dash ("WASHINGTON —", "MOSCOW, Feb 3", "LONDON (AP)").
        // Title-case place: a date plus an agency, a dash, or nothing after it ("Moscow, February 3 (RIA Novosti)").
        bool shape = caps
            ? hasDate || hasAgency || hasDash
            : hasDate && (hasAgency || hasDash || restEmpty);
        // Text may follow only after a dash or an agency's parenthesis: "MOSCOW, February 3 is…" is a sentence.
        if (!shape || !(restEmpty || hasDash || hasAgency)) return false;
        if (caps && m.Groups["caps"].Length < 2) return false;

        PartialDate? date = null;
        if (hasDate)
        {
            int month = DateWords.Month(m.Groups["mon"].ValueSpan), day = Int(m.Groups["day"]);
            int? year = m.Groups["year"].Success ? Int(m.Groups["year"]) : null;
            // Feb 29 without a year is a real date in some year; validate against a leap year.
            if (!DateWords.IsValid(year ?? 2000, month, day)) return false;
            date = new PartialDate(year, month, day);
        }
        string place = (caps ? m.Groups["caps"] : m.Groups["place"]).Value;
        string? agency = hasAgency ? m.Groups["agency"].Value.Trim() : null;
        dateline = new Dateline(Trim(text, line.Start, m.Index + m.Length), place, date, agency);
        return true;
    }

    private static bool RestIsEmpty(string text, int from, int to) => text.AsSpan(from, to - from).IsWhiteSpace();

    private static int Int(Group g) => int.Parse(g.ValueSpan, CultureInfo.InvariantCulture);

    private static Span Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return new Span(start, end);
    }

    /// <summary>The text minus the header parts and furniture, as whitespace-trimmed pieces in order.</summary>
    private static IReadOnlyList<Span> BodyOf(string text, ArticleHeader header)
    {
        var removed = new List<Span>(header.Boilerplate.Count + 4);
        if (header.Title is { } t) removed.Add(t);
        if (header.Dateline is { } d) removed.Add(d.Span);
        if (header.Timestamp is { } ts) removed.Add(ts.Span);
        if (header.Byline is { } b) removed.Add(b);
        foreach (var line in header.Boilerplate) removed.Add(line.Span);
        removed.Sort((x, y) => x.Start.CompareTo(y.Start));

        var body = new List<Span>(removed.Count + 1);
        int at = 0;
        foreach (var span in removed)
        {
            AddPiece(text, at, span.Start, body);
            at = Math.Max(at, span.End);
        }
        AddPiece(text, at, text.Length, body);
        return body;
    }

    private static void AddPiece(string text, int start, int end, List<Span> body)
    {
        if (end <= start) return;
        var piece = Trim(text, start, end);
        if (!piece.IsEmpty) body.Add(piece);
    }
}
