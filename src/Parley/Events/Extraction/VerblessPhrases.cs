namespace Parley.Events.Extraction;

/// <summary>Verbless adverbial phrases ("while on a visit to Egypt") read the same under either parse shape.</summary>
internal static class VerblessPhrases
{
    /// <summary>
    /// "was unavailable while on a visit to Egypt": UD hangs the marker of a verbless while- or when-phrase on the
    /// phrase's own noun <paramref name="t"/> ('mark'); some parsers leave it outside the phrase instead. Either way
    /// it is the phrase's marker, not one of its words. A phrase with its own subject or copula is a full clause.
    /// </summary>
    public static bool IsMarker(SentenceTree tree, int t, int c) =>
        tree.Head(c) == t && tree.BaseRel(c) is "mark" or "advmod" && tree.Lower(c) is "while" or "when"
        && !tree.Children(t).Any(s => tree.BaseRel(s) is "nsubj" or "cop");
}
