using System.Collections.Frozen;
using Parley.Events.Lexicon;

namespace Parley.Events.Extraction;

/// <summary>
/// Words of an event type used for something that is no act between actors: a belief about what others may do
/// ("Paris expects Rome could help …"), and a danger posed by weapons ("missile threats from X"). Pure.
/// </summary>
public sealed partial class EventExtractor
{
    /// <summary>
    /// A verb of expecting with a clause or an infinitive of its own ("expects that Rome could …", "expects Rome to
    /// …") says what its subject believes will happen: a belief, no event (CAMEO's PREDICT verbs read it as one).
    /// </summary>
    private static bool Belief(SentenceTree tree, int w) =>
        GovernorCues.TryGetValue(tree.Lemma(w), out var cue) && cue == EventModality.Possible
        && tree.Children(w).Any(c => tree.BaseRel(c) is "ccomp" or "xcomp" && tree.Upos(c) is "VERB" or "AUX" or "ADJ" or "NOUN");

    /// <summary>"missile threats", "the rocket threat from X": a threat named by a weapon is a danger, not a coercive warning.</summary>
    private static bool WeaponDanger(SentenceTree tree, TriggerMatch reading) =>
        reading.Type == PloverType.Threaten
        && (tree.Children(reading.Word).Any(c => tree.Rel(c) is "compound" or "amod" && Weapon(tree, c))
            // The parser may hang the weapon word elsewhere ("missiles threats"): the noun right before counts too.
            || (reading.Word - 1 >= tree.First && tree.Upos(reading.Word - 1) == "NOUN" && Weapon(tree, reading.Word - 1)));

    private static bool Weapon(SentenceTree tree, int w) => Weapons.Contains(tree.Lemma(w)) || Weapons.Contains(tree.Lower(w).TrimEnd('s'));

    // What a country hosts that is neither a visitor nor a meeting: a seat of an institution, a sports or cultural event.
    private static readonly FrozenSet<string> HostedThings = new[]
    {
        "secretariat", "headquarters", "headquarter", "seat", "office", "base", "facility", "embassy", "consulate", "agency",
        "games", "olympics", "olympic", "championship", "tournament", "cup", "exhibition", "expo", "festival", "fair",
        "concert", "competition", "contest", "race", "match", "museum", "school", "university", "refugee", "camp",
    }.ToFrozenSet();

    /// <summary>
    /// "bid to host the bank's secretariat", "will host the games": "host" is a visit only when what is hosted is a visitor
    /// or a meeting; a seat of an institution, a sports or cultural event, or a camp is no meeting between actors.
    /// </summary>
    private static bool HostsNoVisitor(SentenceTree tree, int w) =>
        tree.Lemma(w) == "host" && tree.Upos(w) == "VERB"
        && tree.Children(w).Any(c => tree.BaseRel(c) == "obj" && tree.Upos(c) == "NOUN"
            && (HostedThings.Contains(tree.Lemma(c)) || HostedThings.Contains(tree.Lower(c))));
}
