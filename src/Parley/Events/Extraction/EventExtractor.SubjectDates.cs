using Parley.Documents;
using Parley.Time;

namespace Parley.Events.Extraction;

/// <summary>
/// "Germany on Monday banned …": a date between the subject and its verb is the clause's time, though the parser often
/// hangs it on the subject's name. A name takes no time of its own, so a date hung on a proper-noun subject of the event's
/// predicate dates the event. Pure.
/// </summary>
public sealed partial class EventExtractor
{
    /// <summary>The date hung on the proper-noun subject of <paramref name="t"/> or its clause, or null.</summary>
    private static (EventDate Date, Span Span)? SubjectDate(SentenceTree tree, DocumentContext ctx, int t, int clause)
    {
        var sentence = tree.Tokens.SentenceSpan(tree.Sentence);
        foreach (var time in ctx.Times)
        {
            if (time.Type != TimexType.Date || !sentence.Contains(time.Span)) continue;
            int w = WordAt(tree, time.Span);
            if (w < 0 || tree.BaseRel(w) is not ("nmod" or "obl") || tree.Head(w) is not (int name and >= 0)) continue;
            if (tree.Upos(name) != "PROPN" || tree.BaseRel(name) is not ("nsubj" or "nsubj:pass") || tree.Head(name) is not (int verb and >= 0)) continue;
            // the date stands between the name and its verb
            if (verb != t && verb != clause || time.Span.Start < tree.WordSpan(name).End || time.Span.End > tree.WordSpan(verb).Start) continue;
            if (DateOf(time) is { } d) return (d, time.Span);
        }
        return null;
    }
}
