using Parley.Dates;

namespace Parley.Events.Extraction;

/// <summary>
/// A preposition that heads a calendar date ("on Monday", "on March 4", "on 5 March") says when, not to whom: it is
/// never the particle or preposition of a light verb's phrase ("called Museveni on Monday" is a call, not "call on"
/// someone). Pure.
/// </summary>
public sealed partial class EventExtractor
{
    /// <summary>Whether word <paramref name="w"/> is the case marker of an oblique named by a month or weekday (<see cref="DateWords.IsMonthOrWeekday"/>).</summary>
    private static bool MarksTime(SentenceTree tree, int w)
    {
        if (tree.BaseRel(w) != "case" || tree.Head(w) is not (int o and >= 0)) return false;
        return DateWords.IsMonthOrWeekday(tree.Lower(o))
            || tree.Children(o).Any(m => m != w && tree.BaseRel(m) is "compound" or "nmod" or "nummod" or "amod" && DateWords.IsMonthOrWeekday(tree.Lower(m)));
    }
}
