using System.Globalization;
using System.Text.RegularExpressions;
using Parley.Dates;
using Parley.Documents;

namespace Parley.Time;

/// <summary>
/// Finds time expressions and normalises them against a reference date. The scan is word by word: only words that can
/// start a rule (month and weekday names, digits, a small keyword table compiled from <c>data/time/</c>) try the rules
/// that may start there, each an anchored regex; the longest match wins and the scan resumes after it. Then each
/// expression gets its tense from the <see cref="ITenseCue"/>, its value from <see cref="TimeNormalizer"/>, and a range
/// from a governing "since/until/from … to/between … and". Built once; thread-safe.
/// </summary>
public sealed class TimeTagger
{
    private readonly TimeRuleSet _rules;
    private readonly TimeNormalizer _normalizer;

    public TimeTagger() : this(HeuristicTenseCue.Instance) { }

    public TimeTagger(ITenseCue tenseCue) : this(tenseCue, TimeRuleSet.Default, TimeNormalizer.Default) { }

    internal TimeTagger(ITenseCue tenseCue, TimeRuleSet rules, TimeNormalizer normalizer)
    {
        TenseCue = tenseCue;
        _rules = rules;
        _normalizer = normalizer;
    }

    public static TimeTagger Default { get; } = new();

    public ITenseCue TenseCue { get; }

    /// <summary>Tags the whole of <paramref name="text"/>.</summary>
    public IReadOnlyList<TimeExpression> Tag(string text, ReferenceDate reference) =>
        Tag(text, [new Span(0, text.Length)], reference, null);

    /// <summary>Tags the given regions of <paramref name="text"/> (in order, non-overlapping); <paramref name="doc"/> is passed to the tense cue.</summary>
    public IReadOnlyList<TimeExpression> Tag(string text, IReadOnlyList<Span> regions, ReferenceDate reference, Document? doc)
    {
        var found = new List<TimeExpression>();
        foreach (var region in regions)
            Scan(text, region, reference, doc, found);
        LinkRanges(text, found, reference);
        return found;
    }

    private void Scan(string text, Span region, ReferenceDate reference, Document? doc, List<TimeExpression> into)
    {
        int i = region.Start, end = region.End;
        while (i < end)
        {
            char c = text[i];
            bool wordStart = char.IsLetterOrDigit(c) || (c == '\'' && i + 1 < end && char.IsDigit(text[i + 1]));
            if (!wordStart || (i > 0 && char.IsLetterOrDigit(text[i - 1])))
            {
                i++;
                continue;
            }
            int wordEnd = i + (c == '\'' ? 1 : 0);
            while (wordEnd < end && char.IsLetterOrDigit(text[wordEnd])) wordEnd++;
            int[] candidates = char.IsDigit(text[c == '\'' ? i + 1 : i]) ? _rules.DigitRules : _rules.RulesFor(text.AsSpan(i, wordEnd - i));
            // "the" starts many rules but is followed by a trigger word in all of them (checked when the rules compile).
            if (candidates.Length > 0 && wordEnd - i == 3 && text.AsSpan(i, 3).Equals("the", StringComparison.OrdinalIgnoreCase)
                && !NextWordIsTrigger(text, wordEnd, end))
                candidates = [];
            Match? best = null;
            TimeRule? bestRule = null;
            foreach (int r in candidates)
            {
                var rule = _rules.Rules[r];
                var m = rule.Regex.Match(text, i);
                if (m.Success && m.Index + m.Length <= end && (best is null || m.Length > best.Length))
                {
                    best = m;
                    bestRule = rule;
                }
            }
            if (best is null || best.Length == 0)
            {
                i = wordEnd;
                continue;
            }
            into.Add(Build(text, new Span(best.Index, best.Index + best.Length), best, bestRule!, reference, doc));
            i = best.Index + best.Length;
        }
    }

    private bool NextWordIsTrigger(string text, int pos, int end)
    {
        while (pos < end && text[pos] == ' ') pos++;
        if (pos >= end) return false;
        if (char.IsDigit(text[pos]) || text[pos] == '\'') return true;
        int wordEnd = pos;
        while (wordEnd < end && char.IsLetterOrDigit(text[wordEnd])) wordEnd++;
        return _rules.RulesFor(text.AsSpan(pos, wordEnd - pos)).Length > 0;
    }

    private TimeExpression Build(string text, Span span, Match m, TimeRule rule, ReferenceDate reference, Document? doc)
    {
        var fields = Fields(m, rule);
        var tense = rule.Type is TimexType.Date or TimexType.Time && NeedsTense(fields) ? TenseCue.Direction(text, span, doc) : TenseDirection.Unknown;
        var res = _normalizer.Resolve(rule.Type, fields, reference, tense);
        return new TimeExpression
        {
            Span = span,
            Text = m.Value,
            Type = rule.Type,
            Value = res.Value,
            Granularity = res.Granularity,
            Mod = res.Mod ?? rule.Mod,
            AnchorRelative = res.AnchorRelative,
            RangeStart = res.RangeStart,
            RangeEnd = res.RangeEnd,
            Tense = res.AnchorRelative ? tense : TenseDirection.Unknown,
            Rule = rule.Name,
            Reason = res.Reason,
        };
    }

    /// <summary>Reads a rule's named groups into <see cref="TimeFields"/>.</summary>
    internal TimeFields Fields(Match m, TimeRule rule)
    {
        var lex = _rules.Lexicon;
        string? G(string name) => m.Groups[name] is { Success: true } g ? g.Value : null;
        int? Int(string name) => G(name) is { } s ? int.Parse(s, CultureInfo.InvariantCulture) : null;
        int? Lex(string cls, string group) => G(group) is { } s && lex.Value(cls, s) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : null;
        string? LexS(string cls, string group) => G(group) is { } s ? lex.Value(cls, s) : null;

        int? year = G("year") is { } ys ? TwoDigitYear(ys) : null;
        int? year2 = Int("year2");
        if (G("yy2") is { } yy2 && year is { } y1) year2 = y1 / 100 * 100 + int.Parse(yy2, CultureInfo.InvariantCulture);

        string? unitWord = G("unit");
        string? unit = unitWord is null ? null : lex.Value("unit", unitWord);
        bool hasNum = G("num") is not null;
        double? num = hasNum ? Number(G("num")!) : (unitWord is not null && IsPlural(unitWord) ? null : 1);
        if (G("half") is not null && num is { } n) num = n + 0.5;
        if (rule.Name == "half-unit") num = 0.5;

        int? ordinal = Lex("ordinal", "ordinal");
        int? rel = Lex("rel", "rel");
        int? quarter = null, half = null;
        bool hasYear = year is not null || G("yrel") is not null || G("theyear") is not null;
        if (rule.Name == "quarter" || rule.Name == "half")
        {
            int idx = ordinal ?? (rel is { } rr ? (rr == 0 ? 0 : rr) : 0);
            if (ordinal is null && rel is { } qr) { idx = -1; rel = qr; }
            else if (ordinal == -1 && !hasYear) rel = -1;
            else rel = null;
            if (rel == 0) { rel = null; idx = 0; }
            if (rule.Name == "quarter") quarter = idx; else half = idx;
        }
        if (Int("qnum") is { } qn) quarter = qn;

        string? deictic = LexS("deictic", "deictic");
        string? part = LexS("part", "part") ?? (G("part") is { } p && lex.Value("part", p) is null ? p.ToLowerInvariant() : null);
        if (rule.Name == "part-of-day" && deictic is null && G("weekday") is null)
            deictic = m.Value.StartsWith("last", StringComparison.OrdinalIgnoreCase) ? "D-1" : "D0";
        if (deictic is { } dx && part is not null && dx.Contains('T')) deictic = dx[..dx.IndexOf('T')];

        if (rule.Name is "the-weekend") { unit = "WE"; rel = 0; }

        return new TimeFields
        {
            Year = year,
            Month = Lex("month", "month") ?? Lex("monthfull", "monthfull") ?? Int("mnum"),
            Day = Int("day"),
            Year2 = year2,
            Month2 = Lex("month", "month2"),
            Day2 = Int("day2"),
            Weekday = Lex("weekday", "weekday"),
            SetWeekday = Lex("weekdays", "weekdays"),
            Rel = rel,
            YearRel = G("yrel") is not null ? Lex("rel", "yrel") : G("theyear") is not null ? 0 : null,
            Unit = unit,
            HasNumber = hasNum,
            Num = num,
            Ago = G("ago") is not null,
            Deictic = deictic,
            Season = LexS("season", "season"),
            Part = part,
            Edge = LexS("edge", "edge"),
            Approx = LexS("approx", "approx"),
            Quarter = quarter,
            Half = half,
            Decade = Int("decade"),
            Decade2 = Int("decade2"),
            Century = Int("century"),
            Frequency = LexS("frequency", "frequency"),
            Hour = Int("hour"),
            Minute = Int("minute"),
            Pm = G("ampm") is { } ap ? char.ToLowerInvariant(ap[0]) == 'p' : null,
            Utc = G("tz") is { } tz && (tz.Equals("UTC", StringComparison.OrdinalIgnoreCase) || tz.Equals("GMT", StringComparison.OrdinalIgnoreCase) || tz == "Z"),
            Fiscal = G("fiscal") is not null,
            Literal = rule.Literal,
        };
    }

    /// <summary>Whether the value depends on direction: a weekday, or a month, quarter, half or season without its year.</summary>
    private static bool NeedsTense(TimeFields f) =>
        f.Year is null && f.YearRel is null && (f.Rel is null or 0)
        && (f.Weekday is not null || f.Month is not null || f.Season is not null || f.Quarter is not null || f.Half is not null);

    private static int TwoDigitYear(string s)
    {
        int y = int.Parse(s, CultureInfo.InvariantCulture);
        return s.Length == 2 ? (y < 50 ? 2000 + y : 1900 + y) : y;
    }

    private static bool IsPlural(string unitWord) =>
        unitWord.EndsWith('s') || unitWord.EndsWith("ies", StringComparison.OrdinalIgnoreCase);

    /// <summary>A number in digits or words ("24", "ten", "twenty-five", "a"); null for "several".</summary>
    private double? Number(string s)
    {
        if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double d)) return d;
        if (s.Equals("a", StringComparison.OrdinalIgnoreCase) || s.Equals("an", StringComparison.OrdinalIgnoreCase)) return 1;
        double total = 0;
        foreach (string part in s.Split(['-', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            string? v = _rules.Lexicon.Value("number", part);
            if (v is null || v == "X") return null;
            int x = int.Parse(v, CultureInfo.InvariantCulture);
            total = x == 100 ? Math.Max(total, 1) * 100 : total + x;
        }
        return total;
    }

    /// <summary>
    /// "since 2004" runs from 2004 to the reference date; "until June" ends in June; "from 2009 to 2013" and
    /// "between Monday and Wednesday" give both expressions the same range, as do two dates joined by a dash or "to".
    /// </summary>
    private void LinkRanges(string text, List<TimeExpression> found, ReferenceDate reference)
    {
        for (int k = 0; k < found.Count; k++)
        {
            var e = found[k];
            if (e.Type is TimexType.Duration or TimexType.Set || e.RangeStart is not null) continue;
            string? signal = WordBefore(text, e.Span.Start) is { } w ? _rules.Lexicon.Value("signal", w) : null;
            if (signal is null && k + 1 < found.Count && found[k + 1] is var after && after.Type == e.Type && after.Granularity == e.Granularity
                && text[e.Span.End..Math.Max(e.Span.End, after.Span.Start)].Trim() is "-" or "–" or "—" or "to")
            {
                // "1922 - 2013", "Monday to Wednesday": two ends of one range.
                found[k] = e with { RangeStart = e.Value, RangeEnd = after.Value };
                found[k + 1] = after with { RangeStart = e.Value, RangeEnd = after.Value };
                k++;
                continue;
            }
            if (signal is null) continue;
            switch (signal)
            {
                case "since":
                    found[k] = e with { Signal = signal, RangeStart = e.Value, RangeEnd = reference.Iso ?? "PRESENT_REF" };
                    break;
                case "until" or "through" or "by" or "before":
                    found[k] = e with { Signal = signal, RangeEnd = e.Value };
                    break;
                case "after":
                    found[k] = e with { Signal = signal, RangeStart = e.Value };
                    break;
                case "from" or "between" when k + 1 < found.Count:
                    var next = found[k + 1];
                    string gap = text[e.Span.End..Math.Max(e.Span.End, next.Span.Start)].Trim();
                    if (next.Type == e.Type && gap is "to" or "until" or "till" or "through" or "and" or "-" or "–")
                    {
                        found[k] = e with { Signal = signal, RangeStart = e.Value, RangeEnd = next.Value };
                        found[k + 1] = next with { Signal = signal, RangeStart = e.Value, RangeEnd = next.Value };
                        k++;
                    }
                    break;
            }
        }
    }

    private static string? WordBefore(string text, int start)
    {
        int i = start - 1;
        while (i >= 0 && text[i] == ' ') i--;
        int end = i + 1;
        while (i >= 0 && char.IsLetter(text[i])) i--;
        return end - i - 1 > 0 ? text[(i + 1)..end] : null;
    }
}
