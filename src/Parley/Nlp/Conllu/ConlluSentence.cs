namespace Parley.Nlp.Conllu;

/// <summary>
/// One CoNLL-U sentence: its comment lines, syntactic words and multi-word tokens.
/// Empty nodes (ids like <c>8.1</c>, enhanced graphs only) are skipped by the reader.
/// </summary>
public sealed class ConlluSentence
{
    public ConlluSentence(IReadOnlyList<KeyValuePair<string, string>> comments, IReadOnlyList<ConlluWord> words, IReadOnlyList<ConlluMultiword> multiwords)
    {
        Comments = comments;
        Words = words;
        Multiwords = multiwords;
    }

    /// <summary>Comment lines as key/value (<c># text = …</c> → ("text", "…")); a comment without <c>=</c> has an empty value.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Comments { get; }
    public IReadOnlyList<ConlluWord> Words { get; }
    public IReadOnlyList<ConlluMultiword> Multiwords { get; }

    public string? Comment(string key)
    {
        foreach (var c in Comments)
            if (c.Key == key) return c.Value;
        return null;
    }

    public string? SentId => Comment("sent_id");
    public string? Text => Comment("text");

    /// <summary>True when a <c># newdoc</c> comment opens a document here.</summary>
    public bool StartsDocument => Comments.Any(c => c.Key.StartsWith("newdoc", StringComparison.Ordinal));

    /// <summary>True when a <c># newpar</c> comment (or a new document) opens a paragraph here.</summary>
    public bool StartsParagraph => StartsDocument || Comments.Any(c => c.Key.StartsWith("newpar", StringComparison.Ordinal));

    /// <summary>
    /// The surface tokens in order: each is either a multi-word token or a single word, with the word range it covers.
    /// </summary>
    public IEnumerable<(string Form, int FirstWord, int LastWord, bool SpaceAfter)> Tokens()
    {
        int m = 0;
        for (int i = 0; i < Words.Count; i++)
        {
            var word = Words[i];
            if (m < Multiwords.Count && Multiwords[m].First == word.Id)
            {
                var mw = Multiwords[m++];
                yield return (mw.Form, mw.First, mw.Last, mw.SpaceAfter);
                i += mw.Last - mw.First;
                continue;
            }
            yield return (word.Form, word.Id, word.Id, word.SpaceAfter);
        }
    }
}
