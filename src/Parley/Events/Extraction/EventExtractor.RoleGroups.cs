using Parley.Documents;
using Parley.Entities.Actors;
using Parley.Events.Lexicon;

namespace Parley.Events.Extraction;

/// <summary>
/// Meetings named by the office of those who hold them. Pure.
/// </summary>
public sealed partial class EventExtractor
{
    /// <summary>
    /// "at the foreign ministers' talks in Paris", "the defence ministers' meeting", "negotiations at the finance
    /// ministers' talks": a plural role noun possessing the meeting noun (or the meeting an event noun is held at)
    /// names the participants by their office, and they are the people the article names with a title of
    /// that office (anywhere in it, before or after), when there are two or more of them. They replace the role noun,
    /// which names no one. An office the article gives to fewer than two named people leaves the event as it is.
    /// </summary>
    private static void RoleGroupParticipants(SentenceTree tree, DocumentContext ctx, TriggerMatch trigger,
        List<(ActorRef Ref, Span Span)> actors, List<(ActorRef Ref, Span Span)> recipients)
    {
        int t = trigger.Word;
        if (trigger.Kind != TriggerKind.Noun || !Interactive(trigger.Type)) return;
        // The meeting noun itself, or one the event is held at ("negotiations at the ministers' talks").
        var meetings = tree.Children(t).Where(n => tree.BaseRel(n) is "nmod" or "obl" && tree.Upos(n) == "NOUN" && tree.CaseOf(n) is "at" or "during")
            .Prepend(t);
        foreach (int c in meetings.SelectMany(n => tree.Children(n)))
        {
            if (tree.Rel(c) != "nmod:poss" || tree.Upos(c) != "NOUN" || tree.Tags.Xpos[c] != "NNS") continue;
            var words = tree.Children(c).Where(m => m < c && tree.BaseRel(m) is "amod" or "compound").Order().Select(m => tree.Lower(m)).Append(tree.Lemma(c).ToLowerInvariant());
            string office = string.Join(' ', words);
            var members = ctx.Actors
                .Where(m => m.Kind == ActorKind.Person && !m.RoleNoun && m.Name is not null && m.OfficeKind is { } k && k.Replace('-', ' ') == office)
                .DistinctBy(m => m.Name).ToList();
            if (members.Count < 2) continue;
            var phrase = tree.SpanOf([.. tree.Subtree(c, x => tree.BaseRel(x) is "case")]);
            actors.RemoveAll(a => a.Span.Overlaps(phrase));
            recipients.RemoveAll(a => a.Span.Overlaps(phrase));
            foreach (var m in members)
                actors.Add((Ref(m), m.Span));
            return;
        }
    }
}
