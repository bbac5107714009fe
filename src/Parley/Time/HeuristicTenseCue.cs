using Parley.Documents;

namespace Parley.Time;

/// <summary>
/// The tense cue used until a tagger provides verb tenses: the nearest tense-marking word in the same sentence
/// decides. Future: <c>will, 'll, shall, would, going to, is/are to, to be held, next, upcoming, scheduled, plans, expected,
/// due</c>. Past: <c>was, were, had, did, ago, earlier, last</c>, common irregular past forms and words ending in <c>-ed</c>.
/// A cue after the expression counts too, but a cue before it wins at equal distance. Reporting verbs (<c>said, told</c>)
/// decide only when nothing else does: in "he said talks will start on Friday" the date belongs to "will start".
/// Stateless and thread-safe.
/// </summary>
public sealed class HeuristicTenseCue : ITenseCue
{
    public static HeuristicTenseCue Instance { get; } = new();

    // How far the sentence is searched either side of the expression.
    private const int LookBack = 160;
    private const int LookAhead = 80;

    private static readonly HashSet<string> Future = new(StringComparer.OrdinalIgnoreCase)
    {
        "will", "shall", "would", "going", "next", "upcoming", "scheduled", "plans", "plan", "planned", "planning",
        "expected", "expects", "due", "aims", "intends", "hopes", "tomorrow", "coming", "forthcoming", "begins", "starts", "opens",
        "wants", "want", "seeks", "seek", "intend", "aim", "hope", "expect", "until", "likely", "unlikely",
    };

    private static readonly HashSet<string> Past = new(StringComparer.OrdinalIgnoreCase)
    {
        "was", "were", "had", "did", "ago", "earlier", "last", "told", "met", "took", "made", "came", "went",
        "began", "held", "saw", "gave", "won", "lost", "fell", "rose", "spoke", "left", "sold", "bought", "paid", "sent",
        "brought", "became", "got", "found", "led", "struck", "killed", "yesterday", "previously", "former",
    };

    // Reporting verbs: past, but in "X said it will meet on Friday" the date belongs to the reported clause, so they
    // decide only when the sentence has no other cue.
    private static readonly HashSet<string> Reporting = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "told", "added", "stated", "announced", "reported", "confirmed", "explained", "noted", "claimed",
    };

    // -ed words that are not past-tense verbs often enough to mislead.
    private static readonly HashSet<string> NotPast = new(StringComparer.OrdinalIgnoreCase)
    {
        "need", "speed", "based", "red", "bed", "feed", "seed", "bred", "hundred", "united", "limited", "scheduled", "planned",
        "expected", "proposed", "related", "called", "so-called", "advanced", "interested", "concerned", "used", "shed", "indeed",
    };

    public IReadOnlyList<LayerKey> Requires { get; } = [];

    public TenseDirection Direction(string text, Span expression, Document? doc)
    {
        int from = SentenceStart(text, expression.Start);
        int to = SentenceEnd(text, expression.End);
        // A reporting verb right beside the expression governs it: "announced Friday that it will …", "said on Monday".
        if (IsReportingWord(text, WordBefore(text, expression.Start, from)) || IsReportingWord(text, WordAfter(text, expression.End, to)))
            return TenseDirection.Past;
        var before = NearestBefore(text, from, expression.Start, false);
        var after = NearestAfter(text, expression.End, to, false);
        if (before.Direction == TenseDirection.Unknown && after.Direction == TenseDirection.Unknown)
        {
            before = NearestBefore(text, from, expression.Start, true);
            after = NearestAfter(text, expression.End, to, true);
        }
        if (before.Direction == TenseDirection.Unknown) return after.Direction;
        if (after.Direction == TenseDirection.Unknown) return before.Direction;
        return after.Distance < before.Distance ? after.Direction : before.Direction;
    }

    private static int SentenceStart(string text, int pos)
    {
        int limit = Math.Max(0, pos - LookBack);
        for (int i = pos - 1; i >= limit; i--)
        {
            char c = text[i];
            if (c == '\n' || ((c == '.' || c == '!' || c == '?') && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1])))
                return i + 1;
        }
        return limit;
    }

    private static int SentenceEnd(string text, int pos)
    {
        int limit = Math.Min(text.Length, pos + LookAhead);
        for (int i = pos; i < limit; i++)
        {
            char c = text[i];
            if (c == '\n' || c == '.' || c == '!' || c == '?' || c == ';') return i;
        }
        return limit;
    }

    private static (TenseDirection Direction, int Distance) NearestBefore(string text, int from, int to, bool reporting)
    {
        int i = to;
        while (i > from)
        {
            int end = i;
            while (end > from && !IsWordChar(text[end - 1])) end--;
            int start = end;
            while (start > from && IsWordChar(text[start - 1])) start--;
            if (start == end) break;
            var d = reporting ? (IsReporting(text, start, end) ? TenseDirection.Past : TenseDirection.Unknown) : Classify(text, start, end);
            if (d != TenseDirection.Unknown) return (d, to - end);
            i = start;
        }
        return (TenseDirection.Unknown, int.MaxValue);
    }

    private static (TenseDirection Direction, int Distance) NearestAfter(string text, int from, int to, bool reporting)
    {
        int i = from;
        while (i < to)
        {
            int start = i;
            while (start < to && !IsWordChar(text[start])) start++;
            int end = start;
            while (end < to && IsWordChar(text[end])) end++;
            if (start == end) break;
            var d = reporting ? (IsReporting(text, start, end) ? TenseDirection.Past : TenseDirection.Unknown) : Classify(text, start, end);
            if (d != TenseDirection.Unknown) return (d, start - from);
            i = end;
        }
        return (TenseDirection.Unknown, int.MaxValue);
    }

    private static readonly HashSet<string> Skippable = new(StringComparer.OrdinalIgnoreCase) { "on", "in", "at", "late", "early", "last", "this", "earlier" };

    /// <summary>The word before <paramref name="pos"/>, skipping a preposition such as "on" ("said on Friday").</summary>
    private static (int Start, int End) WordBefore(string text, int pos, int limit)
    {
        for (int hops = 0; hops < 3; hops++)
        {
            int end = pos;
            while (end > limit && text[end - 1] == ' ') end--;
            int start = end;
            while (start > limit && IsWordChar(text[start - 1])) start--;
            if (start == end) return (0, 0);
            if (!Skippable.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(start, end - start))) return (start, end);
            pos = start;
        }
        return (0, 0);
    }

    private static (int Start, int End) WordAfter(string text, int pos, int limit)
    {
        int start = pos;
        while (start < limit && text[start] == ' ') start++;
        int end = start;
        while (end < limit && IsWordChar(text[end])) end++;
        return (start, end);
    }

    private static bool IsReportingWord(string text, (int Start, int End) word) =>
        word.End > word.Start && IsReporting(text, word.Start, word.End);

    private static bool IsReporting(string text, int start, int end) =>
        Reporting.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(start, end - start));

    private static bool IsWordChar(char c) => char.IsLetter(c) || c == '\'' || c == '\u2019';

    private static TenseDirection Classify(string text, int start, int end)
    {
        var word = text.AsSpan(start, end - start);
        if (word.EndsWith("'ll") || word.EndsWith("\u2019ll")) return TenseDirection.Future;
        var futureLookup = Future.GetAlternateLookup<ReadOnlySpan<char>>();
        var pastLookup = Past.GetAlternateLookup<ReadOnlySpan<char>>();
        if (futureLookup.Contains(word)) return TenseDirection.Future;
        // "to be held", "is set to begin": plans.
        if (word.Equals("be", StringComparison.OrdinalIgnoreCase) && PrecededBy(text, start, "to")) return TenseDirection.Future;
        if (word.Equals("set", StringComparison.OrdinalIgnoreCase) && FollowedBy(text, end, "to")) return TenseDirection.Future;
        if (pastLookup.Contains(word))
            return PrecededBy(text, start, "be") || PrecededBy(text, start, "been") ? TenseDirection.Unknown : TenseDirection.Past;
        if (Reporting.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)) return TenseDirection.Unknown;
        if (word.Length > 4 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase)
            && !NotPast.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            // "to be held"/"will be signed": a participle after "be" is not a past-tense verb.
            if (PrecededBy(text, start, "be") || PrecededBy(text, start, "been")) return TenseDirection.Unknown;
            return TenseDirection.Past;
        }
        if ((word.Equals("is", StringComparison.OrdinalIgnoreCase) || word.Equals("are", StringComparison.OrdinalIgnoreCase))
            && FollowedBy(text, end, "to"))
            return TenseDirection.Future;
        return TenseDirection.Unknown;
    }

    private static bool PrecededBy(string text, int start, string word)
    {
        int i = start - 1;
        while (i >= 0 && text[i] == ' ') i--;
        int end = i + 1;
        while (i >= 0 && char.IsLetter(text[i])) i--;
        return text.AsSpan(i + 1, end - i - 1).Equals(word, StringComparison.OrdinalIgnoreCase);
    }

    private static bool FollowedBy(string text, int end, string word)
    {
        int i = end;
        while (i < text.Length && text[i] == ' ') i++;
        int start = i;
        while (i < text.Length && char.IsLetter(text[i])) i++;
        return text.AsSpan(start, i - start).Equals(word, StringComparison.OrdinalIgnoreCase);
    }
}
