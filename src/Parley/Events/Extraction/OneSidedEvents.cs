using Parley.Documents;
using Parley.Events.Lexicon;

namespace Parley.Events.Extraction;

/// <summary>
/// One-sided events (PLOVER manual: PROTEST, MOBILIZE, COERCE and ASSAULT are often done with no named
/// target): a protest, a deployment, a curfew or an attack is an event when its doer is known, even where the
/// CAMEO verb dictionary, which codes dyads, supplies the only reading.
/// </summary>
public sealed partial class EventExtractor
{
    private static bool OneSidedType(PloverType type) => type is PloverType.Protest or PloverType.Mobilize or PloverType.Coerce
        or PloverType.Assault;

    /// <summary>
    /// A CAMEO-only reading of a one-sided type stands with one doer whose country or sector is known
    /// ("demonstrators blocked the roads", "Israeli troops reimposed the curfew") when the reading is specific: a
    /// pattern of the verb matched its dependents, or the verb names its own block. A bare generic verb ("took office")
    /// is not enough.
    /// </summary>
    private static bool OneSidedDoer(TriggerMatch trigger, List<(ActorRef Ref, Span Span)> actors) =>
        trigger.Source == TriggerSource.Cameo && OneSidedType(trigger.Type) && (trigger.FromPattern || trigger.Canonical)
        && actors.Count >= 1 && actors.All(a => a.Ref.Country is not null || a.Ref.Sector is not null);

    /// <summary>
    /// A light verb's own noun is the event, not who it is aimed at: "Spain reinforced its troops", "sent its forces".
    /// </summary>
    private static void DropOwnNoun(SentenceTree tree, TriggerMatch trigger, List<(ActorRef Ref, Span Span)> recipients)
    {
        if (trigger.Kind != TriggerKind.LightVerb || trigger.Consumed.Count == 0) return;
        recipients.RemoveAll(r => trigger.Consumed.Any(c => r.Span.Overlaps(tree.WordSpan(c))));
    }
}
