using Parley.Nlp.Learning;
using Parley.Nlp.Training;
using Parley.Tests.Support;

namespace Parley.Tests.Nlp;

/// <summary>
/// Accuracy floors of the committed models (models/english-ud) on gold tokenization, set a little below
/// the figures in its MODEL_CARD.md so that a regression fails while run-to-run noise does not.
/// </summary>
public sealed class NlpModelAccuracyTests
{
    private static readonly Lazy<NlpModels> Models = new(() => NlpModels.Load(Path.Combine(SharedData.RepoRoot, "models", "english-ud")));

    [SharedFact]
    public void Ewt_test_scores_stay_above_the_floors()
    {
        var scores = NlpEvaluator.Evaluate(Models.Value, SharedData.Path("data", "ud-english-ewt", "en_ewt-ud-test.conllu.gz"));
        Assert.Equal(25094, scores.Words);
        Assert.True(scores.Upos >= Floors.EwtUpos, $"UPOS {scores.Upos:F2} < {Floors.EwtUpos}");
        Assert.True(scores.Xpos >= Floors.EwtXpos, $"XPOS {scores.Xpos:F2} < {Floors.EwtXpos}");
        Assert.True(scores.Lemma >= Floors.EwtLemma, $"Lemma {scores.Lemma:F2} < {Floors.EwtLemma}");
        Assert.True(scores.Uas >= Floors.EwtUas, $"UAS {scores.Uas:F2} < {Floors.EwtUas}");
        Assert.True(scores.Las >= Floors.EwtLas, $"LAS {scores.Las:F2} < {Floors.EwtLas}");
    }

    [SharedFact]
    public void Gum_test_scores_stay_above_the_floors()
    {
        var scores = NlpEvaluator.Evaluate(Models.Value, SharedData.Path("data", "gum", "gum-test.conllu.gz"));
        Assert.True(scores.Upos >= Floors.GumUpos, $"UPOS {scores.Upos:F2} < {Floors.GumUpos}");
        Assert.True(scores.Las >= Floors.GumLas, $"LAS {scores.Las:F2} < {Floors.GumLas}");
    }

    [Fact]
    public void Model_paths_honour_the_environment_override()
    {
        string dir = Path.Combine(Path.GetTempPath(), $"parley-models-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        string? before = Environment.GetEnvironmentVariable(ModelPaths.EnvironmentVariable);
        try
        {
            Environment.SetEnvironmentVariable(ModelPaths.EnvironmentVariable, dir);
            Assert.Equal(Path.GetFullPath(dir), ModelPaths.Root());
            Assert.Equal(Path.Combine(Path.GetFullPath(dir), "english-ud"), ModelPaths.EnglishUd);
        }
        finally
        {
            Environment.SetEnvironmentVariable(ModelPaths.EnvironmentVariable, before);
            Directory.Delete(dir);
        }
    }

    [Fact]
    public void Model_paths_find_the_repository_models_folder()
    {
        if (Environment.GetEnvironmentVariable(ModelPaths.EnvironmentVariable) is { Length: > 0 }) return;
        Assert.Equal(Path.Combine(SharedData.RepoRoot, "models"), ModelPaths.Root());
    }

    /// <summary>Measured − 0.3 (see models/english-ud/MODEL_CARD.md).</summary>
    private static class Floors
    {
        public const double EwtUpos = 94.9, EwtXpos = 94.4, EwtLemma = 96.6, EwtUas = 84.7, EwtLas = 81.5, GumUpos = 96.1, GumLas = 80.6;
    }
}
