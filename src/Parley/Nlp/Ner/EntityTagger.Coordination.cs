namespace Parley.Nlp.Entities;

public sealed partial class EntityTagger
{
    /// <summary>
    /// A coordinated name before an institution noun, after "the", modifies that noun: "the Ways and Means Committee"
    /// (GUM train), "the Tarn and Vesk Court of Appeal" are one organisation each, not a place and an organisation.
    /// "The" before a bare name that is no name of its own marks it as a premodifier, so the run
    /// <c>the A … and B … Head</c> (capitalised words on both sides of one "and"/"&amp;", no institution noun on the left,
    /// the left run not ending in a plural "s", which takes "the" as a name: "the Netherlands and Leiden University")
    /// starts at A. Without "the" the words before "and" stay apart ("between Tarn and Vesk University"). Returns the
    /// new start of the name whose capitalised run before <paramref name="head"/> starts at <paramref name="start"/>.
    /// </summary>
    private static int WithCoordinatedModifier(ReadOnlySpan<string> words, int start, int head)
    {
        if (start == head || start < 3 || words[start - 1] is not ("and" or "&")) return start;
        int left = start - 1;
        while (left > 0 && IsCapitalised(words[left - 1]) && !InstitutionHeads.Contains(words[left - 1])) left--;
        if (left == start - 1 || left == 0 || words[left - 1] is not ("the" or "The")) return start;
        return words[start - 2].EndsWith('s') ? start : left;
    }
}
