using System.Diagnostics;
using Parley.Nlp.Conllu;
using Parley.Nlp.Learning;
using Parley.Nlp.Training;

namespace Parley.Bench;

/// <summary>
/// Command-line switches for the NLP core until <c>parley train</c> exists:
/// <c>nlp-train SHARED OUT [key=value …]</c>, <c>nlp-eval MODELS FILE…</c>, <c>nlp-speed MODELS FILE [repeats [beam]]</c>.
/// </summary>
internal static class NlpCommands
{
    public static bool TryRun(string[] args)
    {
        if (args.Length == 0) return false;
        switch (args[0])
        {
            case "nlp-train": Train(args); return true;
            case "nlp-eval": Eval(args, goldTags: false); return true;
            case "nlp-eval-goldtags": Eval(args, goldTags: true); return true;
            case "nlp-eval-beam":
            {
                // nlp-eval-beam MODELS WIDTH FILE…: gold-tokenization scores decoding with another beam width.
                var m = Load(args[1]);
                var beamModels = new NlpModels(m.Tagger, m.Lemmatizer, m.Parser.WithBeam(int.Parse(args[2])));
                foreach (string file in args.Skip(3))
                    Console.WriteLine($"{Path.GetFileName(file)} beam {args[2]}: {NlpEvaluator.Evaluate(beamModels, file)}");
                return true;
            }
            case "nlp-speed": Speed(args); return true;
            case "nlp-load": LoadTimes(args); return true;
            case "nlp-load-parser": LoadParserParts(args); return true;
            case "nlp-resave": Resave(args); return true;
            case "nlp-parser": TrainParser(args); return true;
            case "nlp-tagger": TrainTagger(args); return true;
            case "nlp-margins":
            {
                // nlp-margins MODELS FILE.conllu: how the tagger's errors and its runner-up tags spread over its UPOS margin.
                var m = Load(args[1]);
                var dev = ConlluReader.ReadFile(args[2]).ToArray();
                var rows = new List<(float Margin, bool Right, bool SecondRight)>();
                foreach (var s in dev)
                {
                    var words = s.Words.Select(w => w.Form).ToArray();
                    var d = m.Tagger.UposMargins(words);
                    for (int i = 0; i < words.Length; i++)
                        rows.Add((d[i].Margin, m.Tagger.UposTags[d[i].Best] == s.Words[i].Upos, d[i].Second >= 0 && m.Tagger.UposTags[d[i].Second] == s.Words[i].Upos));
                }
                var sorted = rows.Where(r => !float.IsInfinity(r.Margin)).Select(r => r.Margin).Order().ToArray();
                Console.WriteLine($"{rows.Count} words, {rows.Count(r => float.IsInfinity(r.Margin))} by dictionary, errors {rows.Count(r => !r.Right)}, gold = runner-up {rows.Count(r => r.SecondRight)}");
                foreach (double q in new[] { 0.02, 0.05, 0.1, 0.2 })
                {
                    float th = sorted[(int)(q * sorted.Length)];
                    var low = rows.Where(r => r.Margin < th).ToArray();
                    Console.WriteLine($"margin < {th:F3} (lowest {q:P0} of model-tagged words): {low.Length} words, errors {low.Count(r => !r.Right)} ({100.0 * low.Count(r => !r.Right) / rows.Count(r => !r.Right):F1} % of all errors), gold = runner-up {low.Count(r => r.SecondRight)}");
                }
                return true;
            }
            case "nlp-beam": TrainBeam(args); return true;
            case "nlp-neural": TrainNeural(args); return true;
            case "nlp-ensemble-save":
            {
                // nlp-ensemble-save MODELS NEURAL-PARSER.bin W OUT: MODELS with its parser's perceptron and the neural scorer combined (weight W), saved to OUT.
                var m = Load(args[1]);
                var neural = LoadNeural(args[2]);
                var p = m.Parser.WithNeuralAndPerceptron(neural, float.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture));
                if (args.Length > 5) p = p.WithCascade(float.Parse(args[5], System.Globalization.CultureInfo.InvariantCulture));
                new NlpModels(m.Tagger, m.Lemmatizer, p).Save(args[4]);
                return true;
            }
            case "nlp-ensemble":
            {
                // nlp-ensemble MODELS NEURAL-PARSER.bin W…: EWT dev with perceptron scores × W added to the neural log-probabilities.
                var m = Load(args[1]);
                var neural = LoadNeural(args[2]);
                foreach (string w in args.Skip(3))
                {
                    var p = m.Parser.WithNeuralAndPerceptron(neural, float.Parse(w, System.Globalization.CultureInfo.InvariantCulture));
                    Console.WriteLine($"perceptron weight {w}: EWT dev: {NlpEvaluator.Evaluate(new NlpModels(m.Tagger, m.Lemmatizer, p), "/work/shared/data/ud-english-ewt/en_ewt-ud-dev.conllu.gz")}");
                }
                return true;
            }
            case "nlp-cascade": Cascade(args); return true;
            case "nlp-two-nets": TwoNetworks(args); return true;
            case "nlp-confusions":
            {
                // nlp-confusions MODELS FILE: the most frequent UPOS confusions (gold → predicted).
                var m = Load(args[1]);
                var counts = new Dictionary<string, int>();
                long n = 0, wrong = 0;
                foreach (var s in ConlluReader.ReadFile(args[2]))
                {
                    var words = s.Words.Select(w => w.Form).ToArray();
                    var upos = new string[words.Length];
                    var xpos = new string[words.Length];
                    m.Tagger.Tag(words, upos, xpos);
                    for (int i = 0; i < words.Length; i++, n++)
                    {
                        if (upos[i] == s.Words[i].Upos) continue;
                        wrong++;
                        string k = $"{s.Words[i].Upos}->{upos[i]}";
                        counts[k] = counts.GetValueOrDefault(k) + 1;
                    }
                }
                Console.WriteLine($"{wrong} errors in {n} words");
                foreach (var (k, c) in counts.OrderByDescending(kv => kv.Value).Take(20)) Console.WriteLine($"{k} {c}");
                return true;
            }
            case "nlp-prune":
            {
                var m = Load(args[1]);
                int t = int.Parse(args[3]);
                new NlpModels(m.Tagger.Pruned(t), m.Lemmatizer, m.Parser.Pruned(t)).Save(args[2]);
                return true;
            }
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
                "parser-beam" => options with { ParserBeam = int.Parse(kv[1]) },
                "neural" => options with { NeuralParser = kv[1] == "2" ? Parley.Nlp.Parsing.NeuralParserOptions.TwoNetworks : Parley.Nlp.Parsing.NeuralParserOptions.Ensemble },
                "seed" => options with { Seed = ulong.Parse(kv[1]) },
                "save-parser-input" => options with { ParserInputSink = sents => { using var w = new StreamWriter(kv[1]); ConlluWriter.Write(w, sents); } },
                "clusters" => options with { ParserWordClusters = kv[1] },
                "explore" => options with { Explore = double.Parse(kv[1], System.Globalization.CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"unknown option {kv[0]}"),
            };
        }
        var clock = Stopwatch.StartNew();
        NlpModelTrainer.TrainAll(options);
        Console.WriteLine($"trained in {clock.Elapsed.TotalSeconds:F1} s");
    }

    /// <summary>
    /// <c>nlp-resave MODELS OUT [pre=WORDS]</c>: loads and saves the models in the current formats; with <c>pre=</c>, a
    /// neural parser's rows are precomputed for that many frequent words instead (the weights are unchanged).
    /// </summary>
    private static void Resave(string[] args)
    {
        var m = Load(args[1]);
        if (args.Length > 3 && args[3].StartsWith("pre=", StringComparison.Ordinal) && m.Parser.Neural is { } neural)
        {
            var p = m.Parser.WithNeuralAndPerceptron(neural.WithPrecomputedWords(int.Parse(args[3][4..])), m.Parser.PerceptronWeight).WithCascade(m.Parser.CascadeMargin);
            m = new NlpModels(m.Tagger, m.Lemmatizer, p);
        }
        m.Save(args[2]);
    }

    /// <summary><c>nlp-parser MODELS PARSER-INPUT.conllu epochs explore [OUT] [clusters=word-clusters.tsv.gz] [seed=N]</c>: retrains only the parser (experiments), keeping tagger and lemmatizer.</summary>
    private static void TrainParser(string[] args)
    {
        string? clustersPath = args.FirstOrDefault(a => a.StartsWith("clusters=", StringComparison.Ordinal))?[9..];
        ulong seed = ulong.Parse(args.FirstOrDefault(a => a.StartsWith("seed=", StringComparison.Ordinal))?[5..] ?? "20251");
        args = [.. args.Where(a => !a.StartsWith("clusters=", StringComparison.Ordinal) && !a.StartsWith("seed=", StringComparison.Ordinal))];
        var clusters = clustersPath is null ? null : Parley.Nlp.Parsing.ParserClusters.FromClustersFile(clustersPath);
        var models = Load(args[1]);
        var input = ConlluReader.ReadFile(args[2]).ToArray();
        var clock = Stopwatch.StartNew();
        var parser = Parley.Nlp.Parsing.ParserTrainer.Train(input, int.Parse(args[3]), seed, double.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture), Console.WriteLine, clusters);
        Console.WriteLine($"parser trained in {clock.Elapsed.TotalSeconds:F1} s");
        var updated = new NlpModels(models.Tagger, models.Lemmatizer, parser);
        Console.WriteLine($"EWT dev: {NlpEvaluator.Evaluate(updated, "/work/shared/data/ud-english-ewt/en_ewt-ud-dev.conllu.gz")}");
        if (args.Length > 5) updated.Save(args[5]);
    }

    /// <summary><c>nlp-beam MODELS PARSER-INPUT.conllu epochs width [OUT]</c>: trains only a beam parser (experiments) and prints EWT dev at several decoding widths.</summary>
    private static void TrainBeam(string[] args)
    {
        var models = Load(args[1]);
        var input = ConlluReader.ReadFile(args[2]).ToArray();
        int width = int.Parse(args[4]);
        var clock = Stopwatch.StartNew();
        string dev = "/work/shared/data/ud-english-ewt/en_ewt-ud-dev.conllu.gz";
        var parser = Parley.Nlp.Parsing.ParserTrainer.TrainBeam(input, int.Parse(args[3]), 20251, width, Console.WriteLine, (epoch, p) =>
        {
            if (epoch % 2 == 0) Console.WriteLine($"  after epoch {epoch}, beam {width}: EWT dev: {NlpEvaluator.Evaluate(new NlpModels(models.Tagger, models.Lemmatizer, p), dev)}");
        });
        Console.WriteLine($"beam parser trained in {clock.Elapsed.TotalSeconds:F1} s");
        if (args.Length > 5) new NlpModels(models.Tagger, models.Lemmatizer, parser).Save(args[5]);
        foreach (int w in new[] { 1, width / 2, width, width * 2 }.Where(w => w >= 1).Distinct())
        {
            var updated = new NlpModels(models.Tagger, models.Lemmatizer, parser.WithBeam(w));
            var c = Stopwatch.StartNew();
            Console.WriteLine($"decode beam {w}: EWT dev: {NlpEvaluator.Evaluate(updated, "/work/shared/data/ud-english-ewt/en_ewt-ud-dev.conllu.gz")} ({c.Elapsed.TotalSeconds:F1} s)");
        }
    }

    /// <summary>
    /// <c>nlp-neural MODELS PARSER-INPUT.conllu [key=value …] [out=DIR]</c>: trains only a neural transition scorer
    /// (experiments) on the cached jack-knifed input, keeping the MODELS' tagger, lemmatizer and arc labeller;
    /// prints EWT dev after each epoch. Keys: epochs, hidden, word, tag, label, batch, lr, dropout, mincount, pre, seed, explore, pweight, hdrop, avg (weight-averaging decay), lrdecay (per-epoch learning-rate factor).
    /// </summary>
    private static void TrainNeural(string[] args)
    {
        var models = Load(args[1]);
        var input = ConlluReader.ReadFile(args[2]).ToArray();
        var o = new Parley.Nlp.Parsing.NeuralParserOptions();
        string? outDir = null;
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        foreach (var kv in args.Skip(3).Select(a => a.Split('=', 2)))
        {
            o = kv[0] switch
            {
                "epochs" => o with { Epochs = int.Parse(kv[1]) },
                "hidden" => o with { Hidden = int.Parse(kv[1]) },
                "word" => o with { WordDim = int.Parse(kv[1]) },
                "tag" => o with { TagDim = int.Parse(kv[1]) },
                "label" => o with { LabelDim = int.Parse(kv[1]) },
                "batch" => o with { BatchSize = int.Parse(kv[1]) },
                "lr" => o with { LearningRate = float.Parse(kv[1], inv) },
                "dropout" => o with { WordDropout = float.Parse(kv[1], inv) },
                "mincount" => o with { MinWordCount = int.Parse(kv[1]) },
                "pre" => o with { PrecomputedWords = int.Parse(kv[1]) },
                "seed" => o with { Seed = ulong.Parse(kv[1]) },
                "explore" => o with { Explore = float.Parse(kv[1], inv) },
                "pweight" => o with { PerceptronWeight = float.Parse(kv[1], inv) },
                "hdrop" => o with { HiddenDropout = float.Parse(kv[1], inv) },
                "avg" => o with { AverageDecay = float.Parse(kv[1], inv) },
                "lrdecay" => o with { LearningRateDecay = float.Parse(kv[1], inv) },
                "out" => o,
                _ => throw new ArgumentException($"unknown option {kv[0]}"),
            };
            if (kv[0] == "out") outDir = kv[1];
        }
        string dev = "/work/shared/data/ud-english-ewt/en_ewt-ud-dev.conllu.gz";
        var clock = Stopwatch.StartNew();
        var parser = Parley.Nlp.Parsing.NeuralParserTrainer.Train(input, models.Parser, o, m => Console.WriteLine($"[{clock.Elapsed:hh\\:mm\\:ss}] {m}"), (epoch, p) =>
        {
            var snapshot = new NlpModels(models.Tagger, models.Lemmatizer, p);
            Console.WriteLine($"  after epoch {epoch}: EWT dev: {NlpEvaluator.Evaluate(snapshot, dev)}");
            if (outDir is not null) p.Save(Path.Combine(Directory.CreateDirectory(Path.Combine(outDir, $"epoch{epoch}")).FullName, NlpModels.ParserFile));
        });
        Console.WriteLine($"neural parser trained in {clock.Elapsed.TotalSeconds:F1} s");
        var updated = new NlpModels(models.Tagger, models.Lemmatizer, parser);
        Console.WriteLine($"final: EWT dev: {NlpEvaluator.Evaluate(updated, dev)}");
        if (outDir is not null) updated.Save(outDir);
    }

    /// <summary><c>nlp-tagger SHARED epochs</c>: trains only the tagger (experiments) and prints EWT dev UPOS/XPOS.</summary>
    private static void TrainTagger(string[] args)
    {
        // nlp-tagger SHARED EPOCHS [clusters=FILE] [seed=N] [out=FILE]
        string? clustersPath = args.FirstOrDefault(a => a.StartsWith("clusters=", StringComparison.Ordinal))?[9..];
        string? outPath = args.FirstOrDefault(a => a.StartsWith("out=", StringComparison.Ordinal))?[4..];
        ulong seed = ulong.Parse(args.FirstOrDefault(a => a.StartsWith("seed=", StringComparison.Ordinal))?[5..] ?? "20251");
        var options = TrainingOptions.Standard(args[1], "/tmp/unused");
        var train = options.TrainFiles.SelectMany(ConlluReader.ReadFile).ToArray();
        var clusters = clustersPath is null ? null : Parley.Nlp.Tagging.TaggerClusters.FromClustersFile(clustersPath);
        var clock = Stopwatch.StartNew();
        var tagger = Parley.Nlp.Tagging.TaggerTrainer.Train(train, int.Parse(args[2]), seed, Console.WriteLine, clusters);
        Console.WriteLine($"tagger trained in {clock.Elapsed.TotalSeconds:F1} s");
        if (outPath is not null) tagger.Save(outPath);
        var dev = ConlluReader.ReadFile(Path.Combine(args[1], "data", "ud-english-ewt", "en_ewt-ud-dev.conllu.gz")).ToArray();
        long n = 0, u = 0, x = 0;
        foreach (var s in dev)
        {
            var words = s.Words.Select(w => w.Form).ToArray();
            var upos = new string[words.Length];
            var xpos = new string[words.Length];
            tagger.Tag(words, upos, xpos);
            for (int i = 0; i < words.Length; i++, n++)
            {
                if (upos[i] == s.Words[i].Upos) u++;
                if (xpos[i] == s.Words[i].Xpos) x++;
            }
        }
        Console.WriteLine($"epochs {args[2]}, seed {seed}, clusters {clustersPath ?? "none"}: EWT dev UPOS {100.0 * u / n:F2} XPOS {100.0 * x / n:F2}");
    }

    private static void Eval(string[] args, bool goldTags)
    {
        var models = Load(args[1]);
        foreach (string file in args.Skip(2))
            Console.WriteLine($"{Path.GetFileName(file)}: {NlpEvaluator.Evaluate(models, file, goldTags)}");
    }

    private static void Speed(string[] args)
    {
        var models = Load(args[1]);
        if (args.Length > 4) models = new NlpModels(models.Tagger, models.Lemmatizer, models.Parser.WithBeam(int.Parse(args[4])));
        var sentences = ConlluReader.ReadFile(args[2]).Select(s => s.Words.Select(w => w.Form).ToArray()).ToArray();
        int repeats = args.Length > 3 ? int.Parse(args[3]) : 5;
        var result = new SentenceAnalysis(1024);
        long words = 0;
        foreach (var s in sentences) models.Analyze(s, result); // warm-up
        // CPU time as well as wall time: on a shared machine the wall clock mostly measures waiting.
        var process = Process.GetCurrentProcess();
        var cpu0 = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        for (int r = 0; r < repeats; r++)
            foreach (var s in sentences)
            {
                models.Analyze(s, result);
                words += s.Length;
            }
        double total = clock.Elapsed.TotalSeconds;
        process.Refresh();
        double totalCpu = (process.TotalProcessorTime - cpu0).TotalSeconds;
        var cpu1 = process.TotalProcessorTime;
        var tagClock = Stopwatch.StartNew();
        for (int r = 0; r < repeats; r++)
            foreach (var s in sentences) models.Tagger.Tag(s, result.Upos.AsSpan(), result.Xpos.AsSpan());
        double tag = tagClock.Elapsed.TotalSeconds;
        process.Refresh();
        double tagCpu = (process.TotalProcessorTime - cpu1).TotalSeconds;
        Console.WriteLine($"tag+lemma+parse: {words / total:F0} words/s wall, {words / totalCpu:F0} words/CPU-s; tagger alone {words / tag:F0} words/s wall, {words / tagCpu:F0} words/CPU-s");
    }

    /// <summary><c>nlp-load MODELS [repeats]</c>: times each model file's load (first = cold, with JIT) and the parallel <see cref="NlpModels.Load"/>, medians of the repeats.</summary>
    private static void LoadTimes(string[] args)
    {
        string dir = args[1] == "default" ? ModelPaths.EnglishUd : args[1];
        int repeats = args.Length > 2 ? int.Parse(args[2]) : 7;
        var parts = new (string Name, Func<object> Load)[]
        {
            ("tagger", () => Parley.Nlp.Tagging.Tagger.Load(Path.Combine(dir, NlpModels.TaggerFile))),
            ("lemmatizer", () => Parley.Nlp.Lemmatization.Lemmatizer.Load(Path.Combine(dir, NlpModels.LemmatizerFile))),
            ("parser", () => Parley.Nlp.Parsing.DependencyParser.Load(Path.Combine(dir, NlpModels.ParserFile))),
            ("all (NlpModels.Load)", () => NlpModels.Load(dir)),
        };
        foreach (var (name, load) in parts)
        {
            var times = new List<double>();
            var cpus = new List<double>();
            var process = Process.GetCurrentProcess();
            for (int r = 0; r <= repeats; r++)
            {
                process.Refresh();
                var cpu0 = process.TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                GC.KeepAlive(load());
                times.Add(clock.Elapsed.TotalSeconds);
                process.Refresh();
                cpus.Add((process.TotalProcessorTime - cpu0).TotalSeconds);
                GC.Collect();
            }
            var warm = times.Skip(1).Order().ToArray();
            var warmCpu = cpus.Skip(1).Order().ToArray();
            Console.WriteLine($"{name}: first {times[0]:F3} s wall {cpus[0]:F3} CPU-s; median of {repeats}: {warm[warm.Length / 2]:F3} s wall (min {warm[0]:F3}), {warmCpu[warmCpu.Length / 2]:F3} CPU-s");
        }
    }

    /// <summary><c>nlp-load-parser PARSER.bin [repeats]</c>: CPU time of each part of a parser file's load (labels, the two perceptron tables, the neural scorer), cold then warm.</summary>
    private static void LoadParserParts(string[] args)
    {
        int repeats = args.Length > 2 ? int.Parse(args[2]) : 3;
        var process = Process.GetCurrentProcess();
        double Cpu() { process.Refresh(); return process.TotalProcessorTime.TotalSeconds; }
        for (int round = 0; round <= repeats; round++)
        {
            var parts = new List<string>();
            double start = Cpu(), t = start;
            void Mark(string name) { double now = Cpu(); parts.Add($"{name} {now - t:F3}"); t = now; }
            ModelFile.Load(args[1], "parser", 2, 5, (r, version) =>
            {
                if (version >= 3) r.ReadInt32();
                ModelFile.ReadStrings(r);
                Mark("header");
                LinearModel.Read(r);
                Mark("transitions");
                LinearModel.Read(r);
                Mark("labeller");
                if (version >= 5 && r.ReadBoolean()) Parley.Nlp.Parsing.NeuralTransitionScorer.Read(r);
                Mark("neural");
                return 0;
            });
            Mark("close");
            Console.WriteLine($"{(round == 0 ? "cold" : "warm")}: {string.Join(", ", parts)}; total {Cpu() - start:F3} CPU-s");
            GC.Collect();
        }
    }

    /// <summary>The neural scorer of a v5 parser file (what follows it, the ensemble weight, is not read, so files from before it was stored load too).</summary>
    /// <summary>
    /// <c>nlp-cascade MODELS NEURAL-PARSER.bin W T… [rounds=N] [pre=WORDS]</c>: EWT dev tagged once by MODELS' tagger, then parsed by
    /// the perceptron alone and by the ensemble (perceptron × W + network) at each cascade margin T (0 = always consult
    /// the network), alternating, N rounds: UAS/LAS (punctuation included, LAS without subtypes) and parse-only
    /// words per CPU-second (median over the rounds).
    /// </summary>
    private static void Cascade(string[] args)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var m = Load(args[1]);
        var neural = LoadNeural(args[2]);
        if (args.FirstOrDefault(a => a.StartsWith("pre=", StringComparison.Ordinal)) is { } pre)
        {
            var preClock = Stopwatch.StartNew();
            neural = neural.WithPrecomputedWords(int.Parse(pre[4..]));
            Console.WriteLine($"precomputed {neural.PrecomputedWords} words in {preClock.Elapsed.TotalSeconds:F2} s wall");
        }
        float w = float.Parse(args[3], inv);
        int rounds = args.FirstOrDefault(a => a.StartsWith("rounds=", StringComparison.Ordinal)) is { } r ? int.Parse(r[7..]) : 3;
        var configs = new List<(string Name, Parley.Nlp.Parsing.DependencyParser Parser)> { ("perceptron", m.Parser) };
        foreach (string t in args.Skip(4).Where(a => !a.Contains('=')))
            configs.Add(($"ensemble T={t}", m.Parser.WithNeuralAndPerceptron(neural, w).WithCascade(float.Parse(t, inv))));
        var dev = ConlluReader.ReadFile("/work/shared/data/ud-english-ewt/en_ewt-ud-dev.conllu.gz").ToArray();
        var tagged = dev.Select(s =>
        {
            var forms = s.Words.Select(x => x.Form).ToArray();
            var upos = new string[forms.Length];
            var xpos = new string[forms.Length];
            m.Tagger.Tag(forms, upos, xpos);
            return (Forms: forms, Upos: upos, Xpos: xpos);
        }).ToArray();
        long words = tagged.Sum(t => (long)t.Forms.Length);
        var heads = new int[1024];
        var rels = new string[1024];
        var speeds = configs.Select(_ => new List<double>()).ToArray();
        var process = Process.GetCurrentProcess();
        for (int round = 0; round <= rounds; round++)
            for (int c = 0; c < configs.Count; c++)
            {
                var parser = configs[c].Parser;
                long uas = 0, las = 0;
                process.Refresh();
                var cpu0 = process.TotalProcessorTime;
                for (int i = 0; i < tagged.Length; i++)
                {
                    var (forms, upos, xpos) = tagged[i];
                    parser.Parse(forms, upos, xpos, heads, rels);
                    if (round > 0) continue;
                    for (int k = 0; k < forms.Length; k++)
                    {
                        var gold = dev[i].Words[k];
                        if (heads[k] != gold.Head) continue;
                        uas++;
                        if (rels[k].Split(':')[0] == gold.Deprel.Split(':')[0]) las++;
                    }
                }
                process.Refresh();
                if (round == 0) Console.WriteLine($"{configs[c].Name}: EWT dev (tagger's tags) UAS {100.0 * uas / words:F2} LAS {100.0 * las / words:F2}");
                else speeds[c].Add(words / (process.TotalProcessorTime - cpu0).TotalSeconds);
            }
        for (int c = 0; c < configs.Count; c++)
        {
            var v = speeds[c].Order().ToArray();
            if (v.Length > 0) Console.WriteLine($"{configs[c].Name}: parse only {v[v.Length / 2]:F0} words/CPU-s (median of {v.Length}: {string.Join(" / ", v.Select(x => x.ToString("F0", inv)))})");
        }
    }

    /// <summary>
    /// <c>nlp-two-nets MODELS FIRST.bin SECOND.bin W T… [out=DIR]</c>: MODELS' perceptron with the networks of two parser
    /// files (e.g. two seeds) averaged, perceptron weight W, for each cascade margin T the EWT dev score (gold tokens);
    /// with out=DIR, MODELS' tagger and lemmatizer and the last ensemble are saved to DIR.
    /// </summary>
    private static void TwoNetworks(string[] args)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var m = Load(args[1]);
        var first = LoadNeural(args[2]);
        var second = LoadNeural(args[3]);
        float w = float.Parse(args[4], inv);
        string? outDir = args.FirstOrDefault(a => a.StartsWith("out=", StringComparison.Ordinal))?[4..];
        Parley.Nlp.Parsing.DependencyParser? last = null;
        foreach (string t in args.Skip(5).Where(a => !a.Contains('=')))
        {
            last = m.Parser.WithNeuralAndPerceptron(first, w).WithCascade(float.Parse(t, inv)).WithSecondNeural(second);
            Console.WriteLine($"two networks, w={args[4]} T={t}: EWT dev: {NlpEvaluator.Evaluate(new NlpModels(m.Tagger, m.Lemmatizer, last), "/work/shared/data/ud-english-ewt/en_ewt-ud-dev.conllu.gz")}");
        }
        if (outDir is not null && last is not null) new NlpModels(m.Tagger, m.Lemmatizer, last).Save(outDir);
    }

    private static Parley.Nlp.Parsing.NeuralTransitionScorer LoadNeural(string path) => ModelFile.Load(path, "parser", 5, 6, (r, _) =>
    {
        r.ReadInt32();
        ModelFile.ReadStrings(r);
        LinearModel.Read(r);
        LinearModel.Read(r);
        if (!r.ReadBoolean()) throw new InvalidDataException($"{path} has no neural scorer");
        return Parley.Nlp.Parsing.NeuralTransitionScorer.Read(r);
    });

    private static NlpModels Load(string dir)
    {
        long before = GC.GetTotalMemory(true);
        var process = Process.GetCurrentProcess();
        var cpu0 = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var models = NlpModels.Load(dir == "default" ? ModelPaths.EnglishUd : dir);
        double seconds = clock.Elapsed.TotalSeconds;
        process.Refresh();
        double cpu = (process.TotalProcessorTime - cpu0).TotalSeconds;
        long after = GC.GetTotalMemory(true);
        process.Refresh();
        Console.WriteLine($"loaded models in {seconds:F2} s wall ({cpu:F2} CPU-s), managed memory +{(after - before) / 1e6:F0} MB, working set {process.WorkingSet64 / 1e6:F0} MB");
        GC.KeepAlive(models);
        return models;
    }
}
