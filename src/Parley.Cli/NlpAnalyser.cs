using Parley.Nlp.Evaluation;

namespace Parley.Cli;

/// <summary>Loads the tagger, lemmatizer and parser models as one <see cref="WordAnalyser"/> for evaluation.</summary>
internal static class NlpAnalyser
{
    /// <summary>The analyser, or null with the reason when the models are not available.</summary>
    public static WordAnalyser? TryLoad(out string? why)
    {
        why = "the tagger and parser are not part of this build yet";
        return null;
    }
}
