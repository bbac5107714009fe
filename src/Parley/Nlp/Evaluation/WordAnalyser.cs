namespace Parley.Nlp.Evaluation;

/// <summary>
/// Analyses one sentence given as its word forms: returns one <see cref="WordAnalysis"/> per form, in order
/// (the tagger, lemmatizer and parser plug in here). Must be safe to call repeatedly; may be called from one thread.
/// </summary>
public delegate WordAnalysis[] WordAnalyser(string[] forms);

/// <summary>What an analyser says about a word. <see cref="Head"/> is 1-based within the sentence, 0 for the root,
/// -1 when not predicted; strings are <c>_</c> when not predicted.</summary>
public readonly record struct WordAnalysis(string Lemma, string Upos, string Xpos, string Feats, int Head, string Deprel)
{
    public static WordAnalysis None { get; } = new("_", "_", "_", "_", -1, "_");
}
