namespace Parley.Nlp.Parsing;

/// <summary>
/// UD basic dependency tree of every sentence, columnar over the document's words (index i is word i of the
/// word layer). <see cref="Heads"/> holds document-wide word indexes, -1 for the root of a sentence; a head
/// is always in the same sentence. Relation strings are interned; treat arrays as read-only.
/// </summary>
public sealed class DependencyLayer
{
    public DependencyLayer(int[] heads, string[] deprels, int[] sentenceStarts)
    {
        if (deprels.Length != heads.Length) throw new ArgumentException("One relation per word is required.", nameof(deprels));
        Heads = heads;
        Deprels = deprels;
        SentenceStarts = sentenceStarts;
    }

    public int[] Heads { get; }
    public string[] Deprels { get; }
    /// <summary>Same convention as <see cref="Tagging.IWordSentences.SentenceStarts"/>.</summary>
    public int[] SentenceStarts { get; }
    public int Count => Heads.Length;
}
