using Parley.Nlp.Learning;

namespace Parley.Tests.Nlp;

public sealed class AveragedPerceptronTests
{
    private static readonly uint[] Red = [FeatureHash.Key(1, 10), FeatureHash.Key(2, 1)];
    private static readonly uint[] Green = [FeatureHash.Key(1, 20), FeatureHash.Key(2, 1)];
    private static readonly uint[] Blue = [FeatureHash.Key(1, 30), FeatureHash.Key(2, 1)];

    private static AveragedPerceptron TrainColours()
    {
        var model = new AveragedPerceptron(3);
        var scores = new float[3];
        var data = new[] { (Red, 0), (Green, 1), (Blue, 2) };
        for (int epoch = 0; epoch < 5; epoch++)
            foreach (var (features, gold) in data)
            {
                model.Score(features, scores);
                int guess = Array.IndexOf(scores, scores.Max());
                model.Update(features, gold, guess);
                model.Tick();
            }
        return model;
    }

    [Fact]
    public void Learns_a_separable_problem_and_the_averaged_model_agrees()
    {
        var frozen = TrainColours().Freeze();
        var scores = new float[3];
        foreach (var (features, gold) in new[] { (Red, 0), (Green, 1), (Blue, 2) })
        {
            frozen.Score(features, scores);
            Assert.Equal(gold, Array.IndexOf(scores, scores.Max()));
        }
    }

    [Fact]
    public void Average_is_the_mean_of_the_weights_over_all_instances()
    {
        var model = new AveragedPerceptron(2);
        uint[] f = [FeatureHash.Key(7, 7)];
        model.Update(f, 1, 0); // w = (-1, +1) from instance 1 on
        model.Tick();
        model.Tick();
        model.Tick();
        model.Tick(); // four instances seen, the update made before the first: average = (-1, +1)
        var scores = new float[2];
        model.Freeze().Score(f, scores);
        Assert.Equal(-1f, scores[0], 3);
        Assert.Equal(1f, scores[1], 3);
    }

    [Fact]
    public void Unknown_features_score_zero_and_updates_on_agreement_do_nothing()
    {
        var model = new AveragedPerceptron(4);
        model.Update(Red, 2, 2);
        Assert.Equal(0, model.Rows);
        var scores = new float[] { 9, 9, 9, 9 };
        model.Freeze().Score(Red, scores);
        Assert.All(scores, s => Assert.Equal(0f, s));
    }

    [Fact]
    public void Feature_keys_are_stable_and_never_zero()
    {
        Assert.Equal(FeatureHash.Key(3, FeatureHash.Chars("Talks", true)), FeatureHash.Key(3, FeatureHash.Chars("talks", false)));
        Assert.NotEqual(FeatureHash.Key(3, 5), FeatureHash.Key(4, 5));
        for (ulong v = 0; v < 10_000; v++) Assert.NotEqual(0u, FeatureHash.Key(1, v));
    }

    [Fact]
    public void Pruning_drops_only_rows_below_the_threshold()
    {
        var frozen = TrainColours().Freeze();
        Assert.Equal(frozen.Rows, frozen.Pruned(1).Rows);
        Assert.Equal(0, frozen.Pruned(short.MaxValue + 1).Rows);
        var scores = new float[3];
        var pruned = new float[3];
        frozen.Score(Red, scores);
        frozen.Pruned(1).Score(Red, pruned);
        Assert.Equal(scores, pruned);
    }

    [Theory]
    [InlineData(3, false)]
    [InlineData(3, true)]
    [InlineData(40, false)]
    [InlineData(40, true)]
    public void Packed_and_legacy_formats_read_back_the_same_scores(int classes, bool packed)
    {
        var model = new AveragedPerceptron(classes);
        var rng = new SplitMix(7);
        var features = new uint[12];
        var scores = new float[classes];
        for (int i = 0; i < 2_000; i++)
        {
            for (int k = 0; k < features.Length; k++) features[k] = FeatureHash.Key(k, (ulong)(rng.NextDouble() * 300));
            int gold = (int)(rng.NextDouble() * classes);
            model.Score(features, scores);
            model.Update(features, gold, Array.IndexOf(scores, scores.Max()));
            model.Tick();
        }
        var frozen = model.Freeze();
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            if (packed) frozen.WritePacked(writer); else frozen.Write(writer);
        }
        stream.Position = 0;
        var loaded = LinearModel.Read(new BinaryReader(stream));
        Assert.Equal(frozen.Rows, loaded.Rows);
        Assert.Equal(frozen.Classes, loaded.Classes);
        var a = new float[classes];
        var b = new float[classes];
        for (int i = 0; i < 200; i++)
        {
            for (int k = 0; k < features.Length; k++) features[k] = FeatureHash.Key(k, (ulong)(rng.NextDouble() * 300));
            frozen.Score(features, a);
            loaded.Score(features, b);
            Assert.Equal(a, b);
        }
    }
}
