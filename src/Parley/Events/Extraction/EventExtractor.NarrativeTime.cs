using System.Collections.Frozen;
using Parley.Documents;
using Parley.Time;

namespace Parley.Events.Extraction;

/// <summary>
/// Narrative time: the time a sentence sets for what it tells, and for what the next sentence goes on to tell.
/// <list type="bullet">
/// <item>"Under former President X, …", "a treaty signed under Prime Minister Y": a phrase "under" an office-holder named
/// with the title of the office sets the event in that person's tenure (the whole of it for a former holder; up to the
/// article's day for one still in office).</item>
/// <item>A time frame that opens a sentence ("In 2007, …", "In March, …", "Under former President X, …") is where the
/// narrative stands until something moves it: the next sentence's events, told in the simple past as asserted, with
/// no time expression, no time frame and no time-shifting adverb of their own ("later", "earlier", "then"), happened
/// in that period. A past perfect ("had levied") steps back before the frame and takes nothing; a plan, a habit or a
/// present takes nothing either. A single day ("On Thursday, …") is a point that a narrative moves on from (what
/// happens next is told in sequence, on that day or after it), so it holds only for an event that points back to the
/// meeting told there: "On Thursday the ministers met in Oslo. The meeting was attended by …" (a definite meeting
/// noun as the event, or as its subject or object).</item>
/// </list>
/// Pure.
/// </summary>
public sealed partial class EventExtractor
{
    // Adverbs that move the narrative off the time set before: the event is not in the previous sentence's frame.
    private static readonly FrozenSet<string> TimeShifters = new[]
    {
        "later", "earlier", "then", "previously", "afterwards", "afterward", "subsequently", "since", "once", "formerly",
        "ago", "before", "after", "recently", "now", "already", "again", "originally", "initially", "eventually", "finally",
    }.ToFrozenSet();

    /// <summary>
    /// The tenure of the office-holder an "under" phrase on event <paramref name="t"/> names ("clashed under former
    /// President X"), or that opens the sentence of an event in its main clause ("Under Prime Minister Y, the two
    /// countries signed …"); null when there is none or the knowledge base has no dates for it.
    /// </summary>
    private static (EventDate Date, Span Span)? TenureFrame(SentenceTree tree, DocumentContext ctx, int t, int clause)
    {
        for (int u = tree.First; u < tree.End; u++)
        {
            if (tree.Lower(u) != "under" || tree.BaseRel(u) != "case" || tree.Head(u) is not (int n and >= 0)) continue;
            if (!AttachedTo(tree, n, t, clause) && !(u == FirstWord(tree) && InMainClause(tree, t))) continue;
            if (TenureIn(tree, ctx, n) is { } frame) return frame;
        }
        return null;
    }

    /// <summary>
    /// The frame the sentence before <paramref name="tree"/> opens with, for an asserted event <paramref name="t"/> told
    /// in the simple past with no time of its own (see the type's summary); null otherwise.
    /// </summary>
    private static (EventDate Date, Span Span)? NarrativeFrame(SentenceTree tree, DocumentContext ctx, int t, EventModality modality)
    {
        if (modality != EventModality.Asserted || !OfficeBounds.ToldInPast(tree, t) || PastPerfect(tree, t)) return null;
        if (DocumentSetting.Habitual(tree, t) || OfficeBounds.HasOwnTimeFrame(tree, t)) return null;
        var sentence = tree.Tokens.SentenceSpan(tree.Sentence);
        if (ctx.Times.Any(x => sentence.Contains(x.Span))) return null;
        for (int w = tree.First; w < tree.End; w++)
            if (TimeShifters.Contains(tree.Lower(w)) && tree.Upos(w) is "ADV" or "ADP" or "SCONJ") return null;
        // The sentence before, skipping empty ones (ctx.Trees is indexed by sentence number).
        int p = Math.Min(tree.Sentence, ctx.Trees.Count) - 1;
        while (p >= 0 && ctx.Trees[p].End <= ctx.Trees[p].First) p--;
        if (p < 0 || OpeningFrame(ctx.Trees[p], ctx) is not { } frame) return null;
        // A day is a point the narrative moves on from: only what points back to the meeting told that day is still on it.
        bool day = frame.Date.Value.Length == 10;
        return !day || (RefersToMeeting(tree, t) && TellsMeeting(ctx.Trees[p])) ? frame : null;
    }

    // "The meeting was attended by …", "the talks": the event is, or takes as its subject or object, a definite meeting noun.
    private static bool RefersToMeeting(SentenceTree tree, int t)
    {
        if (DocumentSetting.IsDefiniteMeeting(tree, t)) return true;
        foreach (int c in tree.Children(t))
        {
            if (tree.BaseRel(c) is not ("nsubj" or "obj") || !DocumentSetting.IsMeetingOrGathering(tree, c)) continue;
            if (tree.Children(c).Any(d => tree.BaseRel(d) == "det" && tree.Lower(d) is "the" or "this" or "that")) return true;
        }
        return false;
    }

    private static readonly FrozenSet<string> MeetingVerbs = new[] { "meet", "talk", "confer", "gather", "convene", "visit" }.ToFrozenSet();

    // Whether a sentence tells of a meeting: a meeting verb, or a meeting or gathering noun.
    private static bool TellsMeeting(SentenceTree tree)
    {
        for (int w = tree.First; w < tree.End; w++)
            if (tree.Upos(w) == "VERB" && MeetingVerbs.Contains(tree.Lemma(w)) || tree.Upos(w) == "NOUN" && DocumentSetting.IsMeetingOrGathering(tree, w)) return true;
        return false;
    }

    /// <summary>
    /// "In 2007, …", "On last Thursday, …", "Under former President X, …": the date of the time frame that opens a clause
    /// with a subject and a verb, before that verb; null when the sentence opens otherwise (a dateline has no verb).
    /// </summary>
    private static (EventDate Date, Span Span)? OpeningFrame(SentenceTree tree, DocumentContext ctx)
    {
        int root = -1;
        for (int w = tree.First; w < tree.End; w++)
            if (tree.Head(w) < 0) { root = w; break; }
        if (root < 0 || !(tree.Upos(root) is "VERB" || tree.Children(root).Any(c => tree.BaseRel(c) is "cop" or "aux" or "aux:pass"))) return null;
        if (!tree.Children(root).Any(c => tree.BaseRel(c) is "nsubj" or "nsubj:pass")) return null;
        int first = FirstWord(tree);
        if (first < 0 || first >= root) return null;
        var before = tree.WordSpan(root).Start;
        if (tree.Lower(first) == "under" && tree.BaseRel(first) == "case" && tree.Head(first) is int n and >= 0 && tree.WordSpan(n).End <= before)
            return TenureIn(tree, ctx, n);
        var sentence = tree.Tokens.SentenceSpan(tree.Sentence);
        foreach (var time in ctx.Times)
        {
            if (time.Type != TimexType.Date || !sentence.Contains(time.Span) || time.Span.End > before) continue;
            int w0 = first;
            if (tree.Upos(w0) == "ADP") w0++;
            if (w0 >= tree.End || !tree.WordSpan(w0).Overlaps(time.Span)) continue;
            if (DateOf(time) is { } d) return (d with { Resolution = DateResolution.Inherited }, time.Span);
        }
        return null;
    }

    // The first word of the sentence that is not punctuation (an opening quotation mark), or -1.
    private static int FirstWord(SentenceTree tree)
    {
        for (int w = tree.First; w < tree.End; w++)
            if (tree.Upos(w) != "PUNCT") return w;
        return -1;
    }

    // Whether the event sits in the sentence's main clause, not in a relative, adverbial or loosely attached clause of its own.
    private static bool InMainClause(SentenceTree tree, int t)
    {
        for (int x = t, guard = 0; x >= 0 && guard < 12; x = tree.Head(x), guard++)
            if (tree.BaseRel(x) is "acl" or "advcl" or "parataxis" || tree.Rel(x) is "acl:relcl") return false;
        return true;
    }

    // "had levied": a past perfect steps back before the narrative's time.
    private static bool PastPerfect(SentenceTree tree, int t)
    {
        for (int x = t, hops = 0; x >= 0 && hops < 3; x = tree.Head(x), hops++)
        {
            if (tree.Upos(x) is "VERB" or "AUX")
                return tree.Tags.Xpos[x] == "VBN" && tree.Children(x).Any(c => tree.BaseRel(c) == "aux" && tree.Lower(c) is "had" or "'d");
        }
        return false;
    }

    // The tenure of the titled office-holder named in the phrase of noun n ("former President X").
    private static (EventDate Date, Span Span)? TenureIn(SentenceTree tree, DocumentContext ctx, int n)
    {
        var phrase = tree.SpanOf([.. tree.Subtree(n, c => tree.BaseRel(c) is "punct" or "acl" or "acl:relcl" or "conj" or "cc").Order()]);
        foreach (var m in ctx.Actors)
        {
            if (!phrase.Contains(m.Span) || m.TitleSpan is not { } title || !phrase.Contains(title)) continue;
            if (OfficeBounds.TenureOf(m, ctx.Occasions.Reference, OfficeBounds.FormerTitle(tree, title)) is not { } tenure) continue;
            return (new EventDate(EventDate.Range(tenure.From, tenure.To), DateResolution.Inferred), new Span(title.Start, m.Span.End));
        }
        return null;
    }
}
