using Parley.Documents;

namespace Parley.Time;

/// <summary>
/// The tense cue used until a tagger provides verb tenses: the nearest tense-marking word in the same sentence
/// decides. Future: <c>will, 'll, shall, would, going to, is/are to, to be held, next, upcoming, scheduled, plans, expected,
/// due</c>. Past: <c>said, was, were, had, did, ago, earlier, last</c> and words ending in <c>-ed</c>. A cue after the
/// expression counts too ("on Friday, he said"), but a cue before it wins at equal distance. Stateless and thread-safe.
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
    };

    private static readonly HashSet<string> Past = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "was", "were", "had", "did", "ago", "earlier", "last", "told", "met", "took", "made", "came", "went",
        "began", "held", "saw", "gave", "won", "lost", "fell", "rose", "spoke", "left", "sold", "bought", "paid", "sent",
        "brought", "became", "got", "found", "set", "cut", "led", "hit", "struck", "killed", "yesterday", "previously", "former",
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
        var before = NearestBefore(text, from, expression.Start);
        var after = NearestAfter(text, expression.End, to);
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

    private static (TenseDirection Direction, int Distance) NearestBefore(string text, int from, int to)
    {
        int i = to;
        while (i > from)
        {
            int end = i;
            while (end > from && !IsWordChar(text[end - 1])) end--;
            int start = end;
            while (start > from && IsWordChar(text[start - 1])) start--;
            if (start == end) break;
            var d = Classify(text, start, end);
            if (d != TenseDirection.Unknown) return (d, to - end);
            i = start;
        }
        return (TenseDirection.Unknown, int.MaxValue);
    }

    private static (TenseDirection Direction, int Distance) NearestAfter(string text, int from, int to)
    {
        int i = from;
        while (i < to)
        {
            int start = i;
            while (start < to && !IsWordChar(text[start])) start++;
            int end = start;
            while (end < to && IsWordChar(text[end])) end++;
            if (start == end) break;
            var d = Classify(text, start, end);
            if (d != TenseDirection.Unknown) return (d, start - from);
            i = end;
        }
        return (TenseDirection.Unknown, int.MaxValue);
    }

    private static bool IsWordChar(char c) => char.IsLetter(c) || c == '\'' || c == '\u2019';

    private static TenseDirection Classify(string text, int start, int end)
    {
        var word = text.AsSpan(start, end - start);
        if (word.EndsWith("'ll") || word.EndsWith("\u2019ll")) return TenseDirection.Future;
        var futureLookup = Future.GetAlternateLookup<ReadOnlySpan<char>>();
        var pastLookup = Past.GetAlternateLookup<ReadOnlySpan<char>>();
        if (futureLookup.Contains(word))
        {
            // "is to", "are to": a plan; "to be held" is covered by "held" being past only when no "to be" precedes.
            return TenseDirection.Future;
        }
        if (pastLookup.Contains(word)) return TenseDirection.Past;
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
