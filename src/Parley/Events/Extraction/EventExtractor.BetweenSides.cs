using Parley.Documents;
using Parley.Entities.Actors;
using Parley.Events.Lexicon;

namespace Parley.Events.Extraction;

public sealed partial class EventExtractor
{
    /// <summary>
    /// "the clash between the police and protesters turned into violence": when the sides of an outbreak of
    /// violence are the two members of one 'between' phrase and only the later side is a crowd of protesters, the
    /// crowd is the doer (a riot, CAMEO 145) and the other side what it is directed at, whichever member the tree
    /// offered as the doer. (A parser may hang the outbreak verb on the last member, making it the doer, or, as UD
    /// has it, on the conflict noun, whose first member then comes first.)
    /// </summary>
    private static void ProtestersFirstInBetween(SentenceTree tree, TriggerMatch trigger,
        List<(ActorRef Ref, Span Span)> actors, List<(ActorRef Ref, Span Span)> recipients)
    {
        if (trigger.Type != PloverType.Assault || actors.Count == 0 || recipients.Count == 0) return;
        if (actors.Any(a => Protesters(a.Ref)) || !recipients.Any(r => Protesters(r.Ref))) return;
        int phrase = BetweenPhraseOf(tree, actors[0].Span);
        if (phrase < 0 || actors.Any(a => BetweenPhraseOf(tree, a.Span) != phrase)) return;
        var crowd = recipients.Where(r => Protesters(r.Ref) && BetweenPhraseOf(tree, r.Span) == phrase).ToList();
        if (crowd.Count == 0) return;
        var others = actors.Concat(recipients.Where(r => !crowd.Contains(r))).ToList();
        actors.Clear();
        actors.AddRange(crowd);
        recipients.Clear();
        recipients.AddRange(others);
    }

    private static bool Protesters(ActorRef actor) =>
        actor.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } words
        && ProtesterNouns.Contains(words[^1].ToLowerInvariant());

    // The first member of the 'between' phrase whose member ends where the span ends, or -1.
    private static int BetweenPhraseOf(SentenceTree tree, Span span)
    {
        for (int w = tree.First; w < tree.End; w++)
        {
            if (tree.WordSpan(w).End != span.End) continue;
            int first = tree.BaseRel(w) == "conj" && tree.Head(w) >= 0 ? tree.Head(w) : w;
            return tree.BaseRel(first) == "nmod" && tree.CaseOf(first) == "between" ? first : -1;
        }
        return -1;
    }
}
