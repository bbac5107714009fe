namespace Parley.Events.Extraction;

public sealed partial class EventExtractor
{
    /// <summary>
    /// The purpose infinitive of a noun offered as the rejected side of a comparison: "sees the shield as a threat
    /// rather than a measure to protect Y", "a tool to punish X instead of a means to help Y", "not a step to
    /// support Z but …". The noun says what something is not taken to be, so the act in its infinitive is no event.
    /// The infinitive ('acl' with "to") hangs from a noun that carries "rather (than)", "instead (of)" or "not", or
    /// is marked by "than" / "instead of". The parser often hangs such an infinitive on the clause's verb ('advcl',
    /// or 'acl' of a verb); the noun right before its "to" is then the one it belongs to.
    /// </summary>
    private static bool RejectedAlternative(SentenceTree tree, int t)
    {
        if (tree.BaseRel(t) is not ("acl" or "advcl")) return false;
        int to = tree.Children(t).FirstOrDefault(c => tree.BaseRel(c) == "mark" && tree.Lower(c) == "to", -1);
        if (to < 0) return false;
        return Alternative(tree, tree.BaseRel(t) == "acl" ? tree.Head(t) : -1) || Alternative(tree, to - 1);
    }

    private static bool Alternative(SentenceTree tree, int noun) =>
        noun >= tree.First && tree.Upos(noun) is "NOUN" or "PROPN"
        && tree.Children(noun).Any(c => c < noun && (tree.BaseRel(c) is "cc" or "advmod" or "case") && tree.Lower(c) is "rather" or "instead" or "than" or "not");
}
