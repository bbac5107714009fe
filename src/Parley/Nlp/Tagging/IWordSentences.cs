namespace Parley.Nlp.Tagging;

/// <summary>
/// What the tagging and parsing stages read from the tokenizer's layer: the document's syntactic words
/// (multi-word tokens already split, e.g. "don't" → "do", "n't") in order, and where each sentence starts.
/// </summary>
public interface IWordSentences
{
    /// <summary>Every word form of the document, sentence after sentence.</summary>
    IReadOnlyList<string> WordForms { get; }

    /// <summary>
    /// Sentence boundaries as word indexes: sentence k is words [<c>SentenceStarts[k]</c>, <c>SentenceStarts[k+1]</c>);
    /// length is the sentence count + 1, first element 0, last element <c>WordForms.Count</c>.
    /// </summary>
    IReadOnlyList<int> SentenceStarts { get; }
}
