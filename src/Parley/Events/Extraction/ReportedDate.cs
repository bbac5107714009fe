using System.Collections.Frozen;
using Parley.Documents;
using Parley.Time;

namespace Parley.Events.Extraction;

/// <summary>
/// The date of a report stands for the date of what it reports as news of the day: "The agency reported on
/// Thursday that the diplomats have toned down the draft" dates the toning down to Thursday. Only for an asserted
/// event with no date of its own, told in the present perfect or present, or named by a noun ("his failure to
/// discuss"), in the complement of a reporting verb that carries a date; "said on Tuesday that they had met" is
/// earlier than the report: see <see cref="ReportAnchors"/>. Pure.
/// </summary>
internal static class ReportedDate
{
    private static readonly FrozenSet<string> ComplementRels = new[] { "ccomp", "parataxis", "obl", "xcomp", "obj", "nmod", "acl" }.ToFrozenSet();

    /// <summary>The date span of the reporting verb that governs <paramref name="t"/>, or null.</summary>
    public static (EventDate Date, Span Span)? Of(SentenceTree tree, int t, IReadOnlyList<TimeExpression> times, Func<string, bool> isReporting)
    {
        if (PastPerfect(tree, t)) return null;
        int x = t;
        for (int guard = 0; guard < 4; guard++)
        {
            int h = tree.Head(x);
            if (h < 0 || !ComplementRels.Contains(tree.BaseRel(x))) return null;
            if (tree.Upos(h) is "VERB" && isReporting(tree.Lemma(h)))
                return DateOn(tree, h, times);
            x = h;
        }
        return null;
    }

    // "had met", "had tried": before the report.
    private static bool PastPerfect(SentenceTree tree, int t) =>
        tree.Children(t).Any(c => tree.BaseRel(c) == "aux" && tree.Lower(c) is "had" or "'d")
        || tree.Tags.Xpos[t] is "VBD" && tree.Upos(t) == "VERB";

    private static (EventDate, Span)? DateOn(SentenceTree tree, int verb, IReadOnlyList<TimeExpression> times)
    {
        var sentence = tree.Tokens.SentenceSpan(tree.Sentence);
        foreach (int c in tree.Children(verb))
        {
            if (tree.BaseRel(c) is not ("obl" or "advmod" or "nmod")) continue;
            var span = tree.WordSpan(c);
            foreach (var time in times)
            {
                if (sentence.Contains(time.Span) && time.Span.Overlaps(span) && EventExtractor.DateOf(time) is { } d)
                    return (d, time.Span);
            }
        }
        return null;
    }
}
