using System.Diagnostics;
using Parley.Nlp.Conllu;
using Parley.Nlp.Learning;
using Parley.Nlp.Training;

namespace Parley.Bench;

/// <summary>
/// Command-line switches for the NLP core until <c>parley train</c> exists:
/// <c>nlp-train SHARED OUT [key=value …]</c>, <c>nlp-eval MODELS FILE…</c>, <c>nlp-speed MODELS FILE [repeats]</c>.
/// </summary>
internal static class NlpCommands
{
    public static bool TryRun(string[] args)
    {
        if (args.Length == 0) return false;
        switch (args[0])
        {
            case "nlp-train": Train(args); return true;
            case "nlp-eval": Eval(args); return true;
            case "nlp-speed": Speed(args); return true;
            default: return false;
        }
    }

    private static void Train(string[] args)
    {
        var options = TrainingOptions.Standard(args[1], args[2]) with { Progress = Console.WriteLine };
        foreach (var kv in args.Skip(3).Select(a => a.Split('=', 2)))
        {
            options = kv[0] switch
            {
                "tagger-epochs" => options with { TaggerEpochs = int.Parse(kv[1]) },
                "parser-epochs" => options with { ParserEpochs = int.Parse(kv[1]) },
                "folds" => options with { JackknifeFolds = int.Parse(kv[1]) },
                "seed" => options with { Seed = ulong.Parse(kv[1]) },
                "explore" => options with { Explore = double.Parse(kv[1], System.Globalization.CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"unknown option {kv[0]}"),
            };
        }
        var clock = Stopwatch.StartNew();
        NlpModelTrainer.TrainAll(options);
        Console.WriteLine($"trained in {clock.Elapsed.TotalSeconds:F1} s");
    }

    private static void Eval(string[] args)
    {
        var models = Load(args[1]);
        foreach (string file in args.Skip(2))
            Console.WriteLine($"{Path.GetFileName(file)}: {NlpEvaluator.Evaluate(models, file)}");
    }

    private static void Speed(string[] args)
    {
        var models = Load(args[1]);
        var sentences = ConlluReader.ReadFile(args[2]).Select(s => s.Words.Select(w => w.Form).ToArray()).ToArray();
        int repeats = args.Length > 3 ? int.Parse(args[3]) : 5;
        var result = new SentenceAnalysis(1024);
        long words = 0;
        foreach (var s in sentences) models.Analyze(s, result); // warm-up
        var clock = Stopwatch.StartNew();
        for (int r = 0; r < repeats; r++)
            foreach (var s in sentences)
            {
                models.Analyze(s, result);
                words += s.Length;
            }
        double total = clock.Elapsed.TotalSeconds;
        var tagClock = Stopwatch.StartNew();
        for (int r = 0; r < repeats; r++)
            foreach (var s in sentences) models.Tagger.Tag(s, result.Upos.AsSpan(), result.Xpos.AsSpan());
        double tag = tagClock.Elapsed.TotalSeconds;
        Console.WriteLine($"tag+lemma+parse: {words / total:F0} words/s on one thread; tagger alone {words / tag:F0} words/s");
    }

    private static NlpModels Load(string dir)
    {
        long before = GC.GetTotalMemory(true);
        var clock = Stopwatch.StartNew();
        var models = NlpModels.Load(dir == "default" ? ModelPaths.EnglishUd : dir);
        double seconds = clock.Elapsed.TotalSeconds;
        long after = GC.GetTotalMemory(true);
        Console.WriteLine($"loaded models in {seconds:F2} s, managed memory +{(after - before) / 1e6:F0} MB");
        GC.KeepAlive(models);
        return models;
    }
}
