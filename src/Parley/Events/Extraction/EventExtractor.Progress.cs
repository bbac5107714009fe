using Parley.Events.Lexicon;

namespace Parley.Events.Extraction;

/// <summary>
/// Events the verb's aspect shows to be still under way rather than done.
/// </summary>
public sealed partial class EventExtractor
{
    /// <summary>
    /// "the details are still being agreed", "the terms were being agreed": an agreement in the progressive passive is
    /// being worked out, so none has been reached yet; the negotiation it belongs to is coded where it is told.
    /// </summary>
    private static bool AgreementStillBeingReached(SentenceTree tree, TriggerMatch trigger) =>
        trigger.Kind == TriggerKind.Verb && trigger.Type == PloverType.Agree && tree.Upos(trigger.Word) == "VERB"
        && tree.Children(trigger.Word).Any(c => tree.BaseRel(c) == "aux" && tree.Lower(c) == "being");
}
