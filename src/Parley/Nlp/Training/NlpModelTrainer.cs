using System.Diagnostics;
using Parley.Nlp.Conllu;
using Parley.Nlp.Learning;
using Parley.Nlp.Lemmatization;
using Parley.Nlp.Parsing;
using Parley.Nlp.Tagging;

namespace Parley.Nlp.Training;

/// <summary>
/// Reproduces every model of the NLP core from treebank files: tagger, lemmatizer and parser, the parser
/// trained on jack-knifed tagger output so that it sees tagging errors like those it meets in use.
/// Same options and data ⇒ byte-identical model files.
/// </summary>
public static class NlpModelTrainer
{
    public static NlpModels TrainAll(TrainingOptions options)
    {
        var clock = Stopwatch.StartNew();
        void Report(string message) => options.Progress?.Invoke($"[{clock.Elapsed:mm\\:ss}] {message}");

        var sentences = options.TrainFiles.SelectMany(ConlluReader.ReadFile).ToArray();
        Report($"read {sentences.Length} sentences, {sentences.Sum(s => s.Words.Count)} words from {options.TrainFiles.Count} files");

        int folds = options.JackknifeFolds > 1 ? options.JackknifeFolds : 0;
        var taggers = new Tagger[folds + 1];
        var taggerClusters = options.TaggerWordClusters is { } path ? TaggerClusters.FromClustersFile(path) : null;
        Parallel.For(0, folds + 1, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxParallelism) }, k =>
        {
            // Job 0 is the full tagger; job k ≥ 1 leaves out the k-th contiguous block of sentences.
            var train = k == 0 ? sentences : sentences.Where((_, i) => FoldOf(i, sentences.Length, folds) != k - 1).ToArray();
            taggers[k] = TaggerTrainer.Train(train, options.TaggerEpochs, options.Seed + (ulong)k, k == 0 ? Report : null, taggerClusters);
            if (k > 0) Report($"jack-knife tagger {k}/{folds} trained");
        });
        var tagger = taggers[0];

        var lemmatizer = LemmatizerTrainer.Train(sentences);
        Report("lemmatizer built");

        var parserInput = folds == 0
            ? sentences
            : sentences.Select((s, i) => Retag(s, taggers[FoldOf(i, sentences.Length, folds) + 1])).ToArray();
        options.ParserInputSink?.Invoke(parserInput);
        if (folds > 0)
        {
            long right = 0, total = 0;
            for (int i = 0; i < sentences.Length; i++)
                for (int j = 0; j < sentences[i].Words.Count; j++, total++)
                    if (sentences[i].Words[j].Upos == parserInput[i].Words[j].Upos) right++;
            Report($"jack-knifed UPOS accuracy on train: {100.0 * right / total:F2}");
        }
        var parser = options.ParserBeam > 1
            ? ParserTrainer.TrainBeam(parserInput, options.ParserEpochs, options.Seed, options.ParserBeam, Report)
            : ParserTrainer.Train(parserInput, options.ParserEpochs, options.Seed, options.Explore, Report,
                options.ParserWordClusters is { } clusters ? ParserClusters.FromClustersFile(clusters) : null);
        if (options.NeuralParser is { } neural && options.ParserBeam <= 1)
            parser = TrainNetworks(parserInput, parser, neural, options.Seed, Report);

        var models = new NlpModels(tagger, lemmatizer, parser);
        models.Save(options.OutputDirectory);
        Report($"saved models to {options.OutputDirectory}");
        return models;
    }

    // The network (seed), then for a two-network ensemble a second one of the same recipe with the next seed, each
    // trained on the same input beside the same perceptron parser.
    private static DependencyParser TrainNetworks(IReadOnlyList<ConlluSentence> input, DependencyParser perceptron, NeuralParserOptions neural, ulong seed, Action<string> report)
    {
        if (neural.Networks is < 1 or > 2) throw new ArgumentOutOfRangeException(nameof(neural), "One or two networks.");
        var parser = NeuralParserTrainer.Train(input, perceptron, neural with { Seed = seed }, report);
        if (neural.Networks == 1) return parser;
        var second = NeuralParserTrainer.Train(input, perceptron, neural with { Seed = seed + 1 }, report);
        return parser.WithSecondNeural(second.Neural!);
    }

    private static int FoldOf(int index, int count, int folds) => (int)((long)index * folds / count);

    private static ConlluSentence Retag(ConlluSentence s, Tagger tagger)
    {
        var words = s.Words.Select(w => w.Form).ToArray();
        var upos = new string[words.Length];
        var xpos = new string[words.Length];
        tagger.Tag(words, upos, xpos);
        return new ConlluSentence(s.Comments, [.. s.Words.Select((w, i) => w with { Upos = upos[i], Xpos = xpos[i] })], s.Multiwords);
    }
}
