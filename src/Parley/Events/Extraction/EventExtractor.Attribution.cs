using System.Collections.Frozen;
using Parley.Documents;
using Parley.Entities.Actors;

namespace Parley.Events.Extraction;

/// <summary>
/// Sources named by an attribution phrase rather than by a reporting verb: "According to the report, …" after
/// "Al Jazeera reported that …" is Al Jazeera's report.
/// </summary>
public sealed partial class EventExtractor
{
    // Nouns for what a news outlet publishes.
    private static readonly FrozenSet<string> ReportNouns = new[] { "report", "article", "story", "dispatch" }.ToFrozenSet();

    /// <summary>
    /// "According to the report, the latest draft … calls on X": when the parser makes the attribution phrase the root of
    /// the sentence and hangs the event below it, the phrase still names the source of everything under it.
    /// </summary>
    private static (ActorRef, Span)? AttributionRoot(SentenceTree tree, DocumentContext ctx, int root, int t) =>
        root != t && tree.CaseOf(root) == "according to" && tree.Upos(root) is "NOUN" or "PROPN"
            ? Speaker(tree, ctx, root, self: true) : null;

    /// <summary>
    /// "Al Jazeera reported on Thursday that … According to the report, …": a definite report noun with nothing naming its
    /// author is the report of the news outlet last said to report, with no other outlet named in between. Null when
    /// the nearest outlet named before it is not the subject of "report".
    /// </summary>
    private static (ActorRef, Span)? ReportAntecedent(SentenceTree tree, DocumentContext ctx, int w)
    {
        if (tree.Upos(w) != "NOUN" || !ReportNouns.Contains(tree.Lemma(w)) || tree.Tags.Xpos[w] == "NNS") return null;
        if (!tree.Children(w).Any(c => tree.BaseRel(c) == "det" && tree.Lower(c) is "the" or "this")) return null;
        if (tree.Children(w).Any(c => tree.BaseRel(c) is "compound" or "nmod:poss" or "amod" or "nmod")) return null;
        var at = tree.WordSpan(w);
        return NearestOutletBefore(ctx, at.Start) is { } outlet && ReportsNext(ctx.Text, outlet.Span.End) ? (Ref(outlet), at) : null;
    }

    // "Al Jazeera reported", "Kyodo has reported", "Reuters reports": the outlet's own verb comes right after its name.
    private static bool ReportsNext(string text, int end)
    {
        var rest = text.AsSpan(end, Math.Min(24, text.Length - end)).TrimStart();
        if (rest.StartsWith("has ", StringComparison.Ordinal) || rest.StartsWith("had ", StringComparison.Ordinal)) rest = rest[4..].TrimStart();
        return rest.StartsWith("report", StringComparison.OrdinalIgnoreCase);
    }

    // "Ruto said", "the ministry stated": a reporting verb whose subject names who speaks.
    private bool HasOwnSpeaker(SentenceTree tree, DocumentContext ctx, int verb) =>
        _reporting.Contains(tree.Lemma(verb)) && tree.Upos(verb) == "VERB" && Speaker(tree, ctx, verb) is not null;

    /// <summary>
    /// The subject of <paramref name="verb"/>, or -1. When the parser gives it more than one ("According to the results of
    /// the meeting with the U.S. envoy X …, Minister Y said"), the one closest to the verb: a speaker stands next to its
    /// verb ("Y said", "said Y"), and the others are names from a phrase before it.
    /// </summary>
    private static int NearestSubject(SentenceTree tree, int verb) =>
        tree.Children(verb).Where(c => tree.BaseRel(c) == "nsubj").OrderBy(c => Math.Abs(c - verb)).DefaultIfEmpty(-1).First();

    /// <summary>
    /// "according to the ministry": the phrase names a source. "…, according to which the corridor would cross …" is a
    /// relative clause giving an agreement's content, and a verb the parser marks with "according" is no source either.
    /// </summary>
    private static bool NamesASource(SentenceTree tree, int phrase)
    {
        if (tree.Upos(phrase) is not ("NOUN" or "PROPN" or "PRON") || Relatives.Contains(tree.Lower(phrase))) return false;
        int according = tree.Children(phrase).FirstOrDefault(c => tree.BaseRel(c) == "case" && tree.Lower(c) == "according", -1);
        int next = according + 2;
        return according < 0 || next >= tree.End || !Relatives.Contains(tree.Lower(next));
    }
}
