namespace Parley.Events.Extraction;

internal static partial class ParseRepairs
{
    /// <summary>
    /// A determiner before a quotation mark that opens part of its own noun phrase: "expect no “major” gains",
    /// "no “big deal” was reached". The parser reads the "no" cut off by the quotation mark as an interjection
    /// ('discourse'), so the noun loses its negation. When "no" is followed at once by an opening quote and the
    /// quoted words (adjectives, adverbs, nouns, closing quotes) lead within four words to a noun, "no" is that
    /// noun's determiner. A "No," standing alone (followed by a comma or a clause) is left as it is.
    /// </summary>
    private static (int, int, string)? DeterminerBeforeQuote(SentenceTree tree, int no)
    {
        if (tree.Lower(no) != "no" || tree.Rel(no) is "det" || no + 2 >= tree.End) return null;
        if (tree.Tokens.WordForm(no + 1) is not ("“" or "\"" or "‘" or "'" or "«")) return null;
        for (int w = no + 2; w < tree.End && w <= no + 5; w++)
        {
            string upos = tree.Upos(w);
            if (upos == "NOUN")
            {
                // the last noun of a compound run is the head: "no “peace deal”"
                int n = w;
                while (n + 1 < tree.End && tree.Upos(n + 1) == "NOUN") n++;
                return (no, n, "det");
            }
            if (upos is not ("ADJ" or "ADV" or "PUNCT")) return null;
        }
        return null;
    }
}
