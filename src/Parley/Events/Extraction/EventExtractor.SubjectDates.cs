using Parley.Documents;
using Parley.Time;

namespace Parley.Events.Extraction;

/// <summary>
/// "Germany on Monday banned …", "Later on Tuesday Rutte met …": a date before the verb is the clause's time, though the
/// parser often hangs it on the subject's name (as a modifier, or as part of the name when it comes first). A name takes
/// no time of its own, so a date phrase hung on a proper-noun subject of the event's predicate dates the event (as part of
/// the name only with its preposition: "the April 6 Youth Movement" keeps its date). A bare weekday or month that opens
/// the sentence, set off by a comma, is a time too, though parsed as the subject or a vocative ("Friday, the House issued …"). Pure.
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
            if (w < 0 || tree.Head(w) is not (int name and >= 0)) continue;
            // "Friday, the House issued …": a bare date opening the sentence, set off by a comma, whatever relation the
            // parser gives it to the predicate (subject, vocative).
            if ((name == t || name == clause) && w == FirstWord(tree) && w + 1 < tree.End && tree.Lower(w + 1) == ","
                && Parley.Dates.DateWords.IsMonthOrWeekday(tree.Lower(w)) && DateOf(time) is { } fronted)
                return (fronted, time.Span);
            // "on Tuesday Mitsotakis met": a dated phrase with its preposition, parsed as part of the name, is no part of it.
            bool phrase = tree.BaseRel(w) is "nmod" or "obl" || tree.BaseRel(w) == "compound" && Preposed(tree, time.Span);
            if (!phrase || tree.Upos(name) != "PROPN" || tree.BaseRel(name) is not ("nsubj" or "nsubj:pass") || tree.Head(name) is not (int verb and >= 0)) continue;
            // the date stands before the verb, after the name or fronted before it
            if (verb != t && verb != clause || time.Span.End > tree.WordSpan(verb).Start) continue;
            if (DateOf(time) is { } d) return (d, time.Span);
        }
        return null;
    }

    // Whether the word right before the span is a preposition ("on Tuesday").
    private static bool Preposed(SentenceTree tree, Span span)
    {
        for (int x = tree.First + 1; x < tree.End; x++)
            if (tree.WordSpan(x).Overlaps(span)) return tree.Upos(x - 1) == "ADP";
        return false;
    }
}
