namespace Parley.Nlp.Evaluation;

/// <summary>
/// Analyses one sentence given as its word forms: returns one <see cref="WordAnalysis"/> per form, in order
/// (the tagger, lemmatizer and parser plug in here). Must be safe to call repeatedly; may be called from one thread.
/// </summary>
public delegate WordAnalysis[] WordAnalyser(string[] forms);
