using System.Globalization;
using System.Text.RegularExpressions;
using Parley.Documents;
using Parley.Time;

namespace Parley.Events.Extraction;

/// <summary>
/// Dates that come from the discourse rather than from a time expression on the event.
/// <list type="bullet">
/// <item>A report's day dates what it reports as having happened: "The minister said on Monday she had spoken to her
/// counterpart" puts the call in the recent past of the report, the day before it or the day itself (a range ending
/// at the report's day); told in the present or present perfect ("has spoken") it is news of the report's day. Only for
/// something said to have happened (or to have failed, or to have been tried), not for a plan, a habit or what
/// "would" happen.</item>
/// <item>A report with no time of its own takes its day from the discourse: "earlier in the day", "later that day", "the
/// same day" are the day of the last date written before them; "the next day" and "the previous day" are one day
/// after or before it; a plain "Merkel said" continues the nearest earlier dated report by the same speaker
/// ("Merkel said on Monday …. … Merkel said she was busy …").</item>
/// </list>
/// Pure.
/// </summary>
internal static class ReportAnchors
{
    // The relations along which an event sits inside what a reporting verb reports.
    private static readonly HashSet<string> Inside = ["ccomp", "parataxis", "obl", "xcomp", "obj", "nmod", "acl", "advcl", "conj"];

    private static readonly Regex SameDay = new(
        @"\b(?:(?:earlier|later)\s+(?:in|on|during)\s+the\s+(?:day|morning|afternoon|evening)|(?:earlier|later)\s+that\s+(?:same\s+)?(?:day|morning|afternoon|evening|night)|(?:on\s+)?(?:that|the)\s+same\s+(?:day|morning|afternoon|evening)|on\s+that\s+day)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex NextDay = new(@"\b(?:the\s+(?:next|following)\s+day|a\s+day\s+later)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex PreviousDay = new(@"\b(?:the\s+(?:previous|preceding)\s+day|a\s+day\s+earlier)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>How many sentences back a plain report looks for an earlier dated report by the same speaker.</summary>
    private const int SpeakerWindow = 8;

    /// <summary>
    /// The date of event <paramref name="t"/> from a day phrase that points back ("met later that day") or from the report
    /// that tells it, or null. <paramref name="reference"/> is the article's day, when known.
    /// </summary>
    public static (EventDate Date, Span Span)? Of(SentenceTree tree, IReadOnlyList<SentenceTree> trees, int t, EventModality modality,
        IReadOnlyList<TimeExpression> times, Func<string, bool> isReporting, DateOnly? reference)
    {
        if (modality is not (EventModality.Asserted or EventModality.Negated or EventModality.Attempted)) return null;
        if (DocumentSetting.Habitual(tree, t)) return null;
        if (AnaphoricDay(tree, t, times, reference) is { } own) return (Day(own.Day), own.Span);
        // "was unavailable while on a visit to Rome": a verbless while-phrase is told with its clause.
        int start = EventDates.WhilePhraseHost(tree, t) is int host and >= 0 ? host : t;
        int report = Governor(tree, start, isReporting, out var path);
        // "asked them to report on Monday": a report still to be made dates nothing yet.
        if (report < 0 || tree.Tags.Xpos[report] is "VB" or "VBG" || path.Any(x => FutureInPast(tree, x))) return null;
        if (ReportDay(tree, trees, report, times, isReporting, reference, followSpeaker: true) is not { } said) return null;
        return path.Any(x => PresentOrPerfect(tree, x))
            ? (Day(said.Day), said.Span)
            : (new EventDate($"{said.Day.AddDays(-1):yyyy-MM-dd}/{said.Day:yyyy-MM-dd}", DateResolution.Inherited), said.Span);
    }

    private static EventDate Day(DateOnly d) => new(EventDate.Day(d), DateResolution.Inherited);

    /// <summary>The reporting verb whose report contains <paramref name="t"/>, with the words on the way (t first), or -1.
    /// A clause joined to the reporting verb ("said X but he was away") is read as part of the report, as parsers often
    /// hang a second reported clause there; the report's day still bounds it.</summary>
    internal static int Governor(SentenceTree tree, int t, Func<string, bool> isReporting, out List<int> path)
    {
        path = [t];
        int x = t;
        bool thatClause = false;
        for (int guard = 0; guard < 4; guard++)
        {
            int h = tree.Head(x);
            // "said earlier in the day that she had called": the that-clause parsed as a relative clause of the day noun
            // is still what was said, so the walk may climb the time phrase back to the verb.
            bool timePhrase = thatClause && tree.BaseRel(x) is "advmod";
            if (h < 0 || !(Inside.Contains(tree.BaseRel(x)) || timePhrase)) return -1;
            if (tree.Rel(x) == "acl:relcl" && tree.Children(x).Any(c => tree.Lower(c) == "that" && c < x)) thatClause = true;
            if (tree.Upos(h) is "VERB" && isReporting(tree.Lemma(h))) return h;
            path.Add(h);
            x = h;
        }
        return -1;
    }

    // "would talk", "will meet", "is going to": what was still ahead when it was said.
    private static bool FutureInPast(SentenceTree tree, int w) =>
        tree.Children(w).Any(c => tree.BaseRel(c) == "aux" && tree.Lower(c) is "would" or "will" or "'ll" or "shall" or "should" or "could" or "might" or "may" or "must");

    // "have toned down", "are meeting": news of the report's day. Only verbs count: a noun is read with its clause.
    private static bool PresentOrPerfect(SentenceTree tree, int w)
    {
        if (tree.Upos(w) is not ("VERB" or "AUX" or "ADJ")) return false;
        var aux = tree.Children(w).Where(c => tree.BaseRel(c) is "aux" or "aux:pass" or "cop").Select(c => tree.Lower(c)).ToList();
        if (aux.Any(a => a is "has" or "have" or "is" or "are" or "am" or "'s" or "'re" or "'ve")) return true;
        return aux.Count == 0 && tree.Tags.Xpos[w] is "VBZ" or "VBP";
    }

    /// <summary>The day of reporting verb <paramref name="verb"/>: its own date, a day phrase pointing back, or (for a
    /// plain report) the nearest earlier dated report by the same speaker.</summary>
    private static (DateOnly Day, Span Span)? ReportDay(SentenceTree tree, IReadOnlyList<SentenceTree> trees, int verb, IReadOnlyList<TimeExpression> times,
        Func<string, bool> isReporting, DateOnly? reference, bool followSpeaker)
    {
        if (OwnDay(tree, verb, times) is { } own) return own;
        if (AnaphoricDay(tree, verb, times, reference) is { } anaphoric) return anaphoric;
        // Only a bare "Merkel said": "During the summit, Merkel said" is set in a time of its own.
        if (!followSpeaker || Speaker(tree, verb) is not { } speaker || HasTime(tree, verb, times)
            || tree.Children(verb).Any(c => tree.BaseRel(c) is "obl" or "advcl")) return null;
        int at = IndexOf(trees, tree);
        if (at < 0) return null;
        for (int i = at; i >= 0 && i >= at - SpeakerWindow; i--)
        {
            var other = trees[i];
            for (int v = other.End - 1; v >= other.First; v--)
            {
                if (i == at && v >= verb) continue;
                if (other.Upos(v) is not "VERB" || !isReporting(other.Lemma(v)) || Speaker(other, v) != speaker) continue;
                if (ReportDay(other, trees, v, times, isReporting, reference, followSpeaker: false) is { } earlier) return earlier;
            }
        }
        return null;
    }

    private static int IndexOf(IReadOnlyList<SentenceTree> trees, SentenceTree tree)
    {
        for (int i = 0; i < trees.Count; i++)
            if (ReferenceEquals(trees[i], tree) || trees[i].Sentence == tree.Sentence) return i;
        return -1;
    }

    // The speaker of a report by name: the last word of a proper-noun subject ("Angela Merkel" → "merkel").
    private static string? Speaker(SentenceTree tree, int verb)
    {
        foreach (int c in tree.Children(verb))
            if (tree.BaseRel(c) == "nsubj" && tree.Upos(c) == "PROPN")
                return tree.Lower(tree.Children(c).Where(f => tree.BaseRel(f) == "flat").Append(c).Max());
        return null;
    }

    private static IEnumerable<int> Modifiers(SentenceTree tree, int verb) =>
        tree.Children(verb).Where(c => tree.BaseRel(c) is "obl" or "advmod" or "nmod" or "npadvmod" or "obl:npmod");

    private static bool HasTime(SentenceTree tree, int verb, IReadOnlyList<TimeExpression> times) =>
        Modifiers(tree, verb).Any(c => times.Any(x => x.Span.Overlaps(tree.SpanOf([.. tree.Subtree(c)]))));

    // "said on Tuesday": a date to the day on the verb itself.
    private static (DateOnly, Span)? OwnDay(SentenceTree tree, int verb, IReadOnlyList<TimeExpression> times)
    {
        foreach (int c in Modifiers(tree, verb))
        {
            var span = tree.SpanOf([.. tree.Subtree(c)]);
            foreach (var time in times)
                if (time.Type == TimexType.Date && time.Span.Overlaps(span) && AsDay(time.Value) is { } d) return (d, time.Span);
        }
        // "said on Wednesday she was tired": the date right after the verb is the report's, wherever the parser hangs it.
        var end = tree.WordSpan(verb).End;
        var sentence = tree.Tokens.SentenceSpan(tree.Sentence);
        foreach (var time in times)
        {
            if (time.Type != TimexType.Date || !sentence.Contains(time.Span) || time.Span.Start < end || time.Span.Start - end > 4) continue;
            if (tree.Tokens.Text.AsSpan(end, time.Span.Start - end).Trim() is not ("" or "on")) continue;
            if (AsDay(time.Value) is { } d) return (d, time.Span);
        }
        return null;
    }

    /// <summary>"earlier in the day", "later that day", "the next day" on <paramref name="verb"/>: the day of the last date
    /// to the day written before the sentence (none after the article's day), moved as the phrase says.</summary>
    private static (DateOnly Day, Span Span)? AnaphoricDay(SentenceTree tree, int verb, IReadOnlyList<TimeExpression> times, DateOnly? reference)
    {
        foreach (int c in Modifiers(tree, verb))
        {
            var span = tree.SpanOf([.. tree.Subtree(c)]);
            string text = tree.Tokens.Text.Substring(span.Start, span.End - span.Start);
            int shift = SameDay.IsMatch(text) ? 0 : NextDay.IsMatch(text) ? 1 : PreviousDay.IsMatch(text) ? -1 : int.MinValue;
            if (shift == int.MinValue) continue;
            if (Anchor(tree, times, reference) is not { } anchor) return null;
            return (anchor.AddDays(shift), span);
        }
        return null;
    }

    // The last date to the day written before this sentence, not after the article's day.
    private static DateOnly? Anchor(SentenceTree tree, IReadOnlyList<TimeExpression> times, DateOnly? reference)
    {
        int start = tree.Tokens.SentenceSpan(tree.Sentence).Start;
        DateOnly? best = null;
        int bestAt = -1;
        foreach (var time in times)
        {
            if (time.Type != TimexType.Date || time.Span.End > start || time.Span.Start < bestAt || AsDay(time.Value) is not { } d) continue;
            if (reference is { } r && d > r) continue;
            (best, bestAt) = (d, time.Span.Start);
        }
        return best;
    }

    private static DateOnly? AsDay(string value) =>
        value.Length == 10 && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
