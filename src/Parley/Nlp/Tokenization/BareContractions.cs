namespace Parley.Nlp.Tokenization;

/// <summary>
/// Contractions written without their apostrophe that only the next word tells apart from a real word: a bare
/// <c>its</c> before a word that cannot follow the possessive (<c>its a great place</c>, <c>its not fair</c>) is
/// <c>it's</c>, the words <c>it</c> + <c>s</c> as in UD English EWT. Runs over the scanned stream, before sentences
/// are decided (tokens do not change, only words).
/// </summary>
internal static class BareContractions
{
    public static void Split(TokenStream stream, TokenizerLexicon lexicon)
    {
        List<int>? cuts = null;
        Span<char> lower = stackalloc char[TokenizerLexicon.MaxListedLength];
        for (int t = 0; t + 1 < stream.Count; t++)
        {
            if (stream.TokenEnds[t] - stream.TokenStarts[t] != 3 || stream.TokenFirstWord[t + 1] - stream.TokenFirstWord[t] != 1
                || !stream.Form(t).Equals("its", StringComparison.OrdinalIgnoreCase) || stream.Gaps[t + 1] == TokenStream.GapNone)
                continue;
            var next = stream.Form(t + 1);
            if (next.Length > lower.Length || (t + 2 < stream.Count && stream.Gaps[t + 2] == TokenStream.GapNone && stream.Form(t + 2)[0] is '-' or '–'))
                continue;
            int n = next.ToLowerInvariant(lower);
            if (!lexicon.IsItsContractionContext(lower[..n])) continue;
            (cuts ??= []).Add(t);
        }
        if (cuts is not null) stream.SplitSingleWordTokens(cuts, 2);
    }
}
