using Parley.Nlp.Evaluation;
using Parley.Nlp.Learning;
using Parley.Nlp.Training;

namespace Parley.Cli;

/// <summary>Loads the tagger, lemmatizer and parser models as one <see cref="WordAnalyser"/> for evaluation.</summary>
internal static class NlpAnalyser
{
    /// <summary>The analyser, or null with the reason when the models cannot be loaded.</summary>
    public static WordAnalyser? TryLoad(out string? why, int? beamWidth = null)
    {
        string dir = ModelPaths.EnglishUd;
        NlpModels models;
        try
        {
            models = NlpModels.Load(dir);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            why = $"{dir}: {ex.Message}";
            return null;
        }
        why = null;
        if (beamWidth is { } width) models = new NlpModels(models.Tagger, models.Lemmatizer, models.Parser.WithBeam(width));
        var buffer = new SentenceAnalysis(256);
        return forms =>
        {
            var analysis = forms.Length <= buffer.Capacity ? buffer : new SentenceAnalysis(forms.Length);
            models.Analyze(forms, analysis);
            var words = new WordAnalysis[forms.Length];
            for (int i = 0; i < forms.Length; i++)
                words[i] = new WordAnalysis(analysis.Lemmas[i], analysis.Upos[i], analysis.Xpos[i], analysis.Feats[i], analysis.Heads[i], analysis.Deprels[i]);
            return words;
        };
    }
}
