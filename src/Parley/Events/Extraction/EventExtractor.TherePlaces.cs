using Parley.Entities.Places;
using Parley.Events.Lexicon;

namespace Parley.Events.Extraction;

/// <summary>
/// The locative pro-form "there" as an event's place. Pure.
/// </summary>
public sealed partial class EventExtractor
{
    /// <summary>
    /// "they met there", "the war games currently underway there": an event with no place of its own that is said to
    /// happen "there" happens at the place "there" stands for (<see cref="ThereAntecedent"/>: the last place with a
    /// known country named as a place before it). Only a "there" after the trigger, as its adverb or, for an event noun,
    /// after a reduced relative on it; "there" before a verb is existential ("there were talks").
    /// </summary>
    private static PlaceMention? TherePlace(SentenceTree tree, DocumentContext ctx, TriggerMatch trigger)
    {
        foreach (int c in tree.Children(trigger.Word))
            if (c > trigger.Word && tree.Lower(c) == "there" && tree.BaseRel(c) == "advmod") return ThereAntecedent(ctx, tree.WordSpan(c).Start);
        if (trigger.Kind != TriggerKind.Noun) return null;
        int w = AfterReducedRelative(tree, trigger.Word, pastTenseToo: false);
        return w >= 0 && tree.Lower(w) == "there" ? ThereAntecedent(ctx, tree.WordSpan(w).Start) : null;
    }
}
