using Parley.Documents;
using Parley.Time;

namespace Parley.Events.Extraction;

/// <summary>
/// Dates an event gets from words next to it rather than on it: a date written right after a nominal event that the
/// parser hung on the clause's verb instead ("suspended contacts after the war with Georgia last year": the war is last
/// year too). Pure.
/// </summary>
internal static class EventDates
{
    /// <summary>
    /// The date written right after the phrase of the noun <paramref name="t"/> (nothing but "on", "in" or "at" between
    /// them) when that date is attached elsewhere in the tree, or null. Only for a noun inside another clause's
    /// arguments: a date after a noun that is the clause's own subject or object belongs to the clause.
    /// </summary>
    public static (EventDate Date, Span Span)? RightAfterNoun(SentenceTree tree, int t, IReadOnlyList<TimeExpression> times)
    {
        if (tree.Upos(t) != "NOUN" || tree.BaseRel(t) is not ("nmod" or "obl")) return null;
        var phrase = tree.SpanOf([.. tree.Subtree(t, c => tree.BaseRel(c) is "punct" or "acl" or "acl:relcl" or "conj" or "cc" or "parataxis").Order()]);
        var sentence = tree.Tokens.SentenceSpan(tree.Sentence);
        foreach (var time in times)
        {
            if (time.Type != TimexType.Date || !sentence.Contains(time.Span) || time.Span.Start < phrase.End || time.Span.Start - phrase.End > 4) continue;
            var gap = tree.Tokens.Text.AsSpan(phrase.End, time.Span.Start - phrase.End).Trim();
            if (gap is not ("" or "on" or "in" or "at")) continue;
            if (EventExtractor.DateOf(time) is { } d) return (d, time.Span);
        }
        return null;
    }

    /// <summary>
    /// "was unavailable on Monday while on a visit to Egypt": the predicate whose date an event inside a verbless
    /// while- or when-phrase shares, or -1. (A full while- or when-clause is an adverbial clause of its host.)
    /// </summary>
    public static int WhilePhraseHost(SentenceTree tree, int t)
    {
        var words = tree.Subtree(t, c => tree.BaseRel(c) is "punct" or "conj" or "cc" or "acl" or "parataxis" || VerblessPhrases.IsMarker(tree, t, c));
        int first = words.Min();
        if (first - 1 < tree.First || tree.Lower(first - 1) is not ("while" or "when")) return -1;
        for (int x = tree.Head(t), guard = 0; x >= 0 && guard < 4; x = tree.Head(x), guard++)
            if (tree.Upos(x) is "VERB" or "ADJ" or "AUX" && x != first - 1) return x;
        return -1;
    }

    /// <summary>
    /// "The chancellor is in France, where she is to meet the president": someone said to be at a place now, in the
    /// present tense, is there on the article's day, and so is what is done or planned during that stay (a where-clause
    /// or a purpose hung on it). The article's day, or null when it is not known to the day.
    /// </summary>
    public static (EventDate Date, Span Span)? PresentStay(SentenceTree tree, int t, EventModality modality, DateOnly? reference)
    {
        if (reference is not { } r || modality is not (EventModality.Asserted or EventModality.Planned)) return null;
        for (int x = t, hops = 0; x >= 0 && hops < 5; hops++)
        {
            if (PresentLocative(tree, x) is int cop and >= 0)
                return (new EventDate(r.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), DateResolution.ReferenceDate), tree.WordSpan(cop));
            if (tree.Rel(x) is not ("advcl" or "advcl:relcl" or "acl:relcl" or "xcomp" or "obj" or "punct")) break;
            x = tree.Head(x);
        }
        return null;
    }

    // "she is in France": a place noun with a present-tense copula, "in" or "at", and a subject; the copula, or -1.
    private static int PresentLocative(SentenceTree tree, int w)
    {
        if (tree.Upos(w) is not ("PROPN" or "NOUN")) return -1;
        var children = tree.Children(w);
        if (!children.Any(c => tree.BaseRel(c) == "nsubj") || !children.Any(c => tree.BaseRel(c) == "case" && tree.Lower(c) is "in" or "at")) return -1;
        foreach (int c in children)
            if (tree.BaseRel(c) == "cop" && tree.Tags.Xpos[c] is "VBZ" or "VBP") return c;
        return -1;
    }
}
