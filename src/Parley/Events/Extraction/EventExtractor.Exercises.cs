using System.Collections.Frozen;
using Parley.Documents;
using Parley.Events.Lexicon;

namespace Parley.Events.Extraction;

public sealed partial class EventExtractor
{
    /// <summary>
    /// A two-word noun trigger the parser split ("the alliance's war games" read with "war" as a conjunct or object and
    /// "games" elsewhere): the possessor hangs on the first word, not on the trigger, so the trigger has no doer. When the
    /// word before the trigger completes a noun entry with it and is not the trigger's own dependent, its possessor is
    /// the doer.
    /// </summary>
    private void SplitCompoundPossessor(SentenceTree tree, DocumentContext ctx, TriggerMatch trigger, List<(ActorRef Ref, Span Span)> actors)
    {
        int t = trigger.Word, first = t - 1;
        if (trigger.Kind != TriggerKind.Noun || actors.Count > 0 || first < tree.First || tree.Head(first) == t || tree.Upos(first) != "NOUN") return;
        string compound = $"{tree.Lower(first)} {tree.Lemma(t)}";
        if (!_lexicon.LookupHead(tree.Lemma(t)).Any(e => e.Kind == TriggerKind.Noun && e.Lemma == compound)
            && !_lexicon.LookupHead(tree.Lower(t)).Any(e => e.Kind == TriggerKind.Noun && e.Lemma == $"{tree.Lower(first)} {tree.Lower(t)}"))
            return;
        foreach (int c in tree.Children(first))
            if (tree.Rel(c) == "nmod:poss" && c < first) AddActor(tree, ctx, c, actors);
    }

    // Nouns for military exercises.
    private static readonly FrozenSet<string> ExerciseNouns = new[] { "exercise", "exercises", "game", "games", "drill", "drills", "manoeuvre", "manoeuvres", "maneuver", "maneuvers" }.ToFrozenSet();

    /// <summary>
    /// Military exercises held by an alliance or by forces of two or more countries together ("the alliance's war games",
    /// "Kenyan and Ugandan troops held exercises") are joint military action: COOPERATE (PLOVER), not a one-sided
    /// mobilisation. Exercises of one country stay MOBILIZE.
    /// </summary>
    private static bool MultinationalExercise(SentenceTree tree, TriggerMatch trigger, PloverType type, List<(ActorRef Ref, Span Span)> actors)
    {
        if (type != PloverType.Mobilize) return false;
        bool exercise = trigger.Kind == TriggerKind.Noun ? ExerciseNouns.Contains(tree.Lower(trigger.Word))
            : trigger.Kind == TriggerKind.LightVerb && trigger.Consumed.Any(c => ExerciseNouns.Contains(tree.Lower(c)));
        if (!exercise) return false;
        if (actors.Any(a => a.Ref.Country is "IGO")) return true;
        return actors.Select(a => a.Ref.Country).Where(c => c is { Length: 3 } && c is not ("UNO" or "NGO" or "MNC")).Distinct().Count() >= 2;
    }
}
