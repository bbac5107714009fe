using System.Collections.Frozen;

namespace Parley.Events.Extraction;

/// <summary>
/// A preposition that heads a time ("on Monday", "on 5 March", "in the morning") says when, not to whom: it is never the
/// particle or preposition of a light verb's phrase ("called Museveni on Monday" is a call, not "call on" someone). Pure.
/// </summary>
public sealed partial class EventExtractor
{
    private static readonly FrozenSet<string> TimeWords = new[]
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "morning", "afternoon", "evening", "night", "weekend", "day", "eve", "anniversary",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether word <paramref name="w"/> is the case marker of a time oblique ("on" in "on Monday", "on March 5").</summary>
    private static bool MarksTime(SentenceTree tree, int w)
    {
        if (tree.BaseRel(w) != "case" || tree.Head(w) is not (int o and >= 0)) return false;
        return TimeWords.Contains(tree.Lower(o))
            || tree.Children(o).Any(m => m != w && tree.BaseRel(m) is "compound" or "nmod" or "nummod" or "amod" && TimeWords.Contains(tree.Lower(m)));
    }
}
