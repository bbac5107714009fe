using System.CommandLine;
using System.Diagnostics;
using Parley.Nlp.Entities;
using Parley.Nlp.Evaluation;
using Parley.Nlp.Learning;
using Parley.Nlp.Training;

namespace Parley.Cli.Commands;

/// <summary><c>parley train</c>: reproduces the NLP models from the treebanks with the fixed seed.</summary>
internal static class TrainCommand
{
    public static Command Create(CliEnvironment env)
    {
        var shared = new Option<string>("--shared")
        {
            Description = "The shared data folder holding data/ud-english-ewt and data/gum.",
            DefaultValueFactory = _ => "../shared",
            HelpName = "DIR",
        };
        var output = new Option<string?>("--out", "-o")
        {
            Description = "Where to write the models (default: the repository's models/ folders, i.e. replace the shipped models).",
            HelpName = "DIR",
        };
        var parserBeam = new Option<int>("--parser-beam")
        {
            Description = "Train a beam-search parser of this width (global max-violation perceptron; slower, a little more accurate) instead of the default greedy one.",
            DefaultValueFactory = _ => 1,
            HelpName = "N",
        };
        var parserNeural = new Option<bool>("--parser-neural")
        {
            Description = "Also train a feed-forward neural transition scorer (word, tag and label embeddings) and combine it with the greedy perceptron parser (more accurate, ~15% slower; see models/english-ud/MODEL_CARD.md).",
        };
        var parserClasses = new Option<bool>("--parser-word-classes")
        {
            Description = "Give the greedy parser's transition features the word classes of models/ner/word-clusters.tsv.gz (Koo et al. 2008; copied into parser.bin, format v7). An option, not the default: see models/english-ud/MODEL_CARD.md.",
        };
        var taggerClasses = new Option<bool>("--tagger-word-classes")
        {
            Description = "Give the tagger's features the word classes and capitalisation buckets of models/ner/word-clusters.tsv.gz (copied into tagger.bin, format v5). An option, not the default: see models/english-ud/MODEL_CARD.md.",
        };
        var nerSeed = new Option<ulong>("--ner-seed")
        {
            Description = "First seed of the entity tagger's averaged models (default 1: seeds 1, 101, …, 401); another value trains another ensemble of the same recipe, to see how much a score owes to the seeds.",
            DefaultValueFactory = _ => 1,
            HelpName = "N",
        };
        var nerStack = new Option<int>("--ner-stack-folds")
        {
            Description = "Jack-knife folds of the entity tagger's stacked second stage, which also sees the first stage's labels of the sentence and of the same words elsewhere in the document (default 5; 0: one stage, the v6 recipe).",
            DefaultValueFactory = _ => NerEvaluation.StandardStackFolds,
            HelpName = "K",
        };
        var nerRunCues = new Option<bool?>("--ner-run-cues")
        {
            Description = "Whether every word of a capitalised run also sees the run's first and last words (\"… Party\", \"University of …\") in the entity tagger (default: the shipped recipe's choice).",
        };
        var nerLexicon = new Option<bool?>("--ner-lexicon")
        {
            Description = "Whether the entity tagger's second stage reads a lexicon of what its first stage makes of each capitalised word across the unlabelled text of the word classes (default: the shipped recipe's choice).",
        };
        var nerNameHeads = new Option<bool?>("--ner-name-heads")
        {
            Description = "Whether the entity tagger reads what the first and last words of a capitalised run say about the type of the names they start or end (\"… Inc\", \"… Party\", \"… Islands\"), counted over the knowledge base's and gazetteer's names and the training mentions (default: the shipped recipe's choice).",
        };
        var only = new Option<string[]>("--only")
        {
            Description = "Train only these: sentences (the sentence splitter), ud (tagger + lemmatizer + parser), clusters (the word classes the entity tagger reads, from the shared unlabelled text), brown (the hierarchical Brown clusters, same text), ner (the entity tagger).",
            AllowMultipleArgumentsPerToken = true,
            HelpName = "MODEL",
        };
        only.AcceptOnlyFromAmong("sentences", "ud", "clusters", "brown", "ner");
        var brownWindow = new Option<int>("--brown-window")
        {
            Description = "Active clusters of the Brown clustering window (Liang 2005): more is slower and closer to exact agglomerative clustering.",
            DefaultValueFactory = _ => BrownClusters.DefaultWindow,
            HelpName = "C",
        };
        var nerBrown = new Option<bool?>("--ner-brown")
        {
            Description = "Whether the entity tagger reads prefixes (4, 6, 10, 20 bits) of the Brown-cluster paths of each word and its neighbours (default: the shipped recipe's choice).",
        };
        var nerSilver = new Option<bool?>("--ner-silver")
        {
            Description = "Whether the entity tagger also trains on the sentences of the unlabelled Wikinews articles that a teacher tagger labels with confidence (self-training; default: the shipped recipe's choice).",
        };
        var nerTeacher = new Option<string?>("--ner-teacher")
        {
            Description = "The entity-tagger file that labels the silver data of --ner-silver (default: one trained first by the same recipe without silver data).",
            HelpName = "FILE",
        };
        var command = new Command("train", """
            Retrain Parley's statistical models from the openly licensed treebanks (UD English-EWT + GUM train), with the
            fixed seed: the same data gives byte-identical models. Writes models/tokenizer/sentence-splitter.bin and
            models/english-ud/{tagger,lemmatizer,parser}.bin (CC BY-SA 4.0 through EWT) and models/ner/entity-tagger.bin (GUM, CC BY 4.0).
            Takes minutes on two cores.
            """) { shared, output, only, parserBeam, parserNeural, parserClasses, taggerClasses, nerSeed, nerStack, nerRunCues, nerLexicon, nerNameHeads, brownWindow, nerBrown, nerSilver, nerTeacher };
        command.SetAction(result =>
        {
            if (result.GetValue(nerTeacher) is { } teacher && !File.Exists(teacher))
            {
                env.Error.WriteLine($"parley: --ner-teacher {teacher}: no such entity-tagger file.");
                return ExitCodes.Usage;
            }
            string sharedRoot = result.GetValue(shared)!;
            string dataRoot = Path.Combine(sharedRoot, "data");
            if (!Directory.Exists(Path.Combine(dataRoot, "ud-english-ewt")))
            {
                env.Error.WriteLine($"parley: {Path.GetFullPath(sharedRoot)}: no data/ud-english-ewt here (give --shared DIR).");
                return ExitCodes.Usage;
            }
            string modelsRoot = result.GetValue(output) ?? ModelPaths.Root()
                ?? throw new InvalidOperationException("Cannot find the repository's models/ folder; give --out DIR.");
            var which = result.GetValue(only) is { Length: > 0 } o ? o : ["sentences", "ud", "clusters", "brown", "ner"];
            var clock = Stopwatch.StartNew();
            if (which.Contains("sentences"))
            {
                env.Error.WriteLine("training the sentence splitter…");
                var model = SentenceModelRecipe.Train(dataRoot);
                string dir = Path.Combine(modelsRoot, "tokenizer");
                Directory.CreateDirectory(dir);
                using (var file = File.Create(Path.Combine(dir, "sentence-splitter.bin")))
                    model.Write(file);
                env.Error.WriteLine($"  → {Path.Combine(dir, "sentence-splitter.bin")} ({clock.Elapsed.TotalSeconds:0} s)");
            }
            if (which.Contains("ud"))
            {
                string dir = Path.Combine(modelsRoot, "english-ud");
                int beam = Math.Max(1, result.GetValue(parserBeam));
                var options = TrainingOptions.Standard(sharedRoot, dir) with { Progress = line => env.Error.WriteLine("  " + line), ParserBeam = beam };
                if (beam > 1) options = options with { ParserEpochs = TrainingOptions.BeamParserEpochs };
                if (result.GetValue(parserNeural) && beam == 1) options = options with { NeuralParser = Parley.Nlp.Parsing.NeuralParserOptions.Ensemble };
                if (result.GetValue(parserClasses) && beam == 1)
                    options = options with { ParserWordClusters = Path.Combine(ModelPaths.Root() ?? modelsRoot, "ner", WordClusters.FileName) };
                if (result.GetValue(taggerClasses))
                    options = options with { TaggerWordClusters = Path.Combine(ModelPaths.Root() ?? modelsRoot, "ner", WordClusters.FileName) };
                env.Error.WriteLine("training the tagger, lemmatizer and parser…");
                NlpModelTrainer.TrainAll(options); // writes the three files to options.OutputDirectory
                env.Error.WriteLine($"  → {dir} ({clock.Elapsed.TotalSeconds:0} s)");
            }
            if (which.Contains("clusters"))
            {
                env.Error.WriteLine("learning word classes from the unlabelled text…");
                var text = Parley.Nlp.Entities.UnlabeledText.Sentences(sharedRoot, line => env.Error.WriteLine("  " + line));
                var clusters = Parley.Nlp.Entities.WordClusters.Build(text, line => env.Error.WriteLine("  " + line));
                string path = Path.Combine(modelsRoot, "ner", Parley.Nlp.Entities.WordClusters.FileName);
                clusters.Save(path);
                env.Error.WriteLine($"  → {path} ({clusters.Count} words, {clock.Elapsed.TotalSeconds:0} s)");
            }
            if (which.Contains("brown"))
            {
                env.Error.WriteLine("learning Brown clusters from the unlabelled text…");
                var text = UnlabeledText.Sentences(sharedRoot, line => env.Error.WriteLine("  " + line));
                var brown = BrownClusters.Build(text, Math.Max(2, result.GetValue(brownWindow)), line => env.Error.WriteLine("  " + line));
                string path = Path.Combine(modelsRoot, "ner", BrownClusters.FileName);
                brown.Save(path);
                env.Error.WriteLine($"  → {path} ({brown.Count} words, {clock.Elapsed.TotalSeconds:0} s)");
            }
            if (which.Contains("ner"))
            {
                string dir = Path.Combine(modelsRoot, "ner");
                env.Error.WriteLine("training the entity tagger…");
                // The entity tagger learns from the POS tagger's output: the one just trained beside it, else the shipped one.
                string posPath = Path.Combine(modelsRoot, "english-ud", "tagger.bin");
                var posTagger = Parley.Nlp.Tagging.Tagger.Load(File.Exists(posPath) ? posPath : Path.Combine(ModelPaths.EnglishUd, "tagger.bin"));
                var recipe = new NerEvaluation.Recipe(result.GetValue(nerSeed), result.GetValue(nerStack), result.GetValue(nerRunCues) ?? NerEvaluation.StandardRunCues,
                    result.GetValue(nerLexicon) ?? NerEvaluation.StandardLexicon, result.GetValue(nerNameHeads) ?? NerEvaluation.StandardNameHeads,
                    result.GetValue(nerBrown) ?? NerEvaluation.StandardBrown, result.GetValue(nerSilver) ?? NerEvaluation.StandardSilver, result.GetValue(nerTeacher));
                var tagger = NerEvaluation.TrainStandard(sharedRoot, posTagger, recipe, line => env.Error.WriteLine("  " + line));
                Directory.CreateDirectory(dir);
                tagger.Save(Path.Combine(dir, EntityTagger.FileName));
                env.Error.WriteLine($"  → {Path.Combine(dir, EntityTagger.FileName)} ({clock.Elapsed.TotalSeconds:0} s)");
            }
            env.Error.WriteLine($"done in {clock.Elapsed.TotalSeconds:0} s. The sentence splitter is compiled into the assembly: rebuild to use it.");
            return ExitCodes.Success;
        });
        return command;
    }
}
