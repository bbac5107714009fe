using System.Collections.Frozen;

namespace Parley.Events.Extraction;

/// <summary>
/// Verbs whose subject looks at, judges, names, reports or undergoes an act named by their object noun, without doing
/// it: "found the air strike justified", "described the raid as reckless", "witnessed the shelling", "survived the
/// attack". The object noun is still an event, but the one who found, described, witnessed or survived it is not its
/// doer, so the subject is not passed on to the noun (<see cref="NominalArguments"/>). Pure.
/// </summary>
public sealed partial class EventExtractor
{
    // Judging and describing (naming verbs: NamingVerbs); perceiving and remembering; reporting; undergoing.
    private static readonly FrozenSet<string> ObserverVerbs = new[]
    {
        "find", "deem", "describe",
        "see", "watch", "witness", "observe", "recall", "remember", "mourn", "commemorate", "fear",
        "report", "film", "photograph", "document",
        "survive", "suffer", "endure", "withstand",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Whether <paramref name="verb"/> only observes, judges, names or undergoes its object (<see cref="ObserverVerbs"/>,
    /// <see cref="NamingVerbs"/>), or is "call" naming its object ("called the strike justified": a small clause the parser may hang on the noun as acl).
    /// </summary>
    private static bool ObservesObject(SentenceTree tree, int verb, int noun)
    {
        string lemma = tree.Lemma(verb);
        if (lemma != "call") return ObserverVerbs.Contains(lemma) || NamingVerbs.Contains(lemma);
        return Naming(tree, verb) || NamedBySmallClause(tree, noun);
    }

    /// <summary>"called the raid a crime / reckless / justified": a predicate right after the object, parsed on the noun.</summary>
    private static bool NamedBySmallClause(SentenceTree tree, int noun) =>
        tree.Children(noun).Any(c => c > noun && tree.BaseRel(c) is "acl" or "amod"
            && tree.Tags.Xpos[c] is "VBN" or "JJ" && !tree.Children(c).Any(m => tree.BaseRel(m) is "nsubj" or "mark" or "aux" or "obj"));

    /// <summary>"called the raid reckless": "call" whose object carries a small-clause predicate names it; no phone call.</summary>
    private static bool NamedObject(SentenceTree tree, int verb) =>
        tree.Children(verb).Any(c => tree.BaseRel(c) == "obj" && NamedBySmallClause(tree, c));
}
