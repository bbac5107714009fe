using Parley.Documents;
using Parley.Events.Lexicon;

namespace Parley.Events.Extraction;

/// <summary>
/// "Kenya said it would free the prisoners. Uganda welcomed this.": a demonstrative object of an act of approval or
/// disapproval stands for what the sentence before it told, so the act is directed at whoever did that. Pure.
/// </summary>
public sealed partial class EventExtractor
{
    /// <summary>
    /// The doers (of a two-sided act, all its participants) of the last event of the previous sentence become the recipients of a welcoming, condemning or
    /// rejecting verb whose object is a bare "this" or "that" and which has no recipient of its own.
    /// </summary>
    private static void DemonstrativeTarget(SentenceTree tree, DocumentContext ctx, TriggerMatch trigger, IReadOnlyList<EventRecord> prior,
        List<(ActorRef, Span)> recipients)
    {
        if (trigger.Kind != TriggerKind.Verb || recipients.Count > 0 || tree.Sentence == 0 || tree.Sentence > ctx.Trees.Count) return;
        if (trigger.Type is not (PloverType.Support or PloverType.Accuse or PloverType.Reject)) return;
        int obj = tree.Children(trigger.Word).Where(c => tree.BaseRel(c) == "obj" && tree.Upos(c) == "PRON" && tree.Lower(c) is "this" or "that")
            .DefaultIfEmpty(-1).First();
        if (obj < 0) return;
        var previous = ctx.Trees[tree.Sentence - 1];
        if (previous.End <= previous.First) return;
        int from = previous.WordSpan(previous.First).Start, to = tree.WordSpan(tree.First).Start;
        if (prior.LastOrDefault(e => e.Evidence.Sentence.Start >= from && e.Evidence.Sentence.End <= to) is not { } told) return;
        // A meeting or other two-sided act welcomed is welcomed from both its sides.
        foreach (var a in PloverCodebook.IsSymmetric(told.Type) ? told.Participants : told.Actors) recipients.Add((a, tree.WordSpan(obj)));
    }
}
