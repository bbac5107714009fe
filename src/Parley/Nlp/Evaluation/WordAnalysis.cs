namespace Parley.Nlp.Evaluation;

/// <summary>What an analyser says about a word. <see cref="Head"/> is 1-based within the sentence, 0 for the root,
/// -1 when not predicted; strings are <c>_</c> when not predicted.</summary>
public readonly record struct WordAnalysis(string Lemma, string Upos, string Xpos, string Feats, int Head, string Deprel)
{
    public static WordAnalysis None { get; } = new("_", "_", "_", "_", -1, "_");
}
