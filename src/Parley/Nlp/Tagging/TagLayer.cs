namespace Parley.Nlp.Tagging;

/// <summary>
/// Part of speech, lemma and UD features of every word of a document, columnar and aligned with the word
/// layer it was computed from (index i is word i). Tag and feature strings are interned; treat arrays as read-only.
/// </summary>
public sealed class TagLayer
{
    public TagLayer(string[] upos, string[] xpos, string[] lemmas, string[] feats, int[] sentenceStarts)
    {
        if (xpos.Length != upos.Length || lemmas.Length != upos.Length || feats.Length != upos.Length)
            throw new ArgumentException("Tag columns must have one entry per word.");
        Upos = upos;
        Xpos = xpos;
        Lemmas = lemmas;
        Feats = feats;
        SentenceStarts = sentenceStarts;
    }

    public string[] Upos { get; }
    /// <summary>Penn Treebank tags as in UD English (<c>NN</c>, <c>VBD</c>, …).</summary>
    public string[] Xpos { get; }
    public string[] Lemmas { get; }
    /// <summary>UD FEATS strings (<c>Number=Sing</c>, <c>_</c> when none).</summary>
    public string[] Feats { get; }
    /// <summary>Same convention as <see cref="IWordSentences.SentenceStarts"/>.</summary>
    public int[] SentenceStarts { get; }
    public int Count => Upos.Length;
}
