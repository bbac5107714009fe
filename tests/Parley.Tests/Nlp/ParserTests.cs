using Parley.Nlp.Conllu;
using Parley.Nlp.Parsing;
using Parley.Tests.Support;

namespace Parley.Tests.Nlp;

public sealed class ParserTests
{
    private static readonly IReadOnlyList<ConlluSentence> Toy = NlpTestData.ToyTreebank();

    [Fact]
    public void Learns_the_toy_grammar_and_parses_an_unseen_sentence()
    {
        AssertParsesUnseen(ParserTrainer.Train(Toy, epochs: 5, seed: 1));
    }

    // An unseen sentence of the toy grammar, tagged, with the tree a parser that learned the grammar gives it.
    private static readonly string[] UnseenWords = ["A", "new", "army", "rejects", "the", "talks", "in", "the", "city", "."];
    private static readonly string[] UnseenUpos = ["DET", "ADJ", "NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT"];
    private static readonly string[] UnseenXpos = ["DT", "JJ", "NN", "VBZ", "DT", "NN", "IN", "DT", "NN", "."];

    private static int[] AssertParsesUnseen(DependencyParser parser)
    {
        var heads = new int[UnseenWords.Length];
        var rels = new string[UnseenWords.Length];
        parser.Parse(UnseenWords, UnseenUpos, UnseenXpos, heads, rels);
        Assert.Equal([3, 3, 4, 0, 6, 4, 9, 9, 4, 4], heads);
        Assert.Equal(["det", "amod", "nsubj", "root", "det", "obj", "case", "det", "obl", "punct"], rels);
        return heads;
    }

    [Fact]
    public void Always_returns_one_root_and_a_tree()
    {
        var parser = ParserTrainer.Train(Toy.Take(10).ToArray(), epochs: 1, seed: 1);
        string[] words = ["signs", "signs", "the", "the", ".", "cat", "old"];
        string[] tags = ["X", "X", "X", "X", "X", "X", "X"];
        var heads = new int[words.Length];
        var rels = new string[words.Length];
        parser.Parse(words, tags, tags, heads, rels);
        Assert.Equal(1, heads.Count(h => h == 0));
        Assert.Equal("root", rels[Array.IndexOf(heads, 0)]);
        var full = heads.Prepend(0).ToArray();
        Assert.True(ArcHybridOracle.IsProjective(full));
    }

    [Fact]
    public void Save_and_load_round_trip_and_training_is_deterministic()
    {
        var parser = ParserTrainer.Train(Toy, epochs: 2, seed: 5);
        var again = ParserTrainer.Train(Toy, epochs: 2, seed: 5);
        string a = Temp(), b = Temp();
        try
        {
            parser.Save(a);
            again.Save(b);
            Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
            var loaded = DependencyParser.Load(a);
            foreach (var sent in Toy.Take(30))
            {
                var words = sent.Words.Select(w => w.Form).ToArray();
                var upos = sent.Words.Select(w => w.Upos).ToArray();
                var xpos = sent.Words.Select(w => w.Xpos).ToArray();
                int[] h1 = new int[words.Length], h2 = new int[words.Length];
                string[] r1 = new string[words.Length], r2 = new string[words.Length];
                parser.Parse(words, upos, xpos, h1, r1);
                loaded.Parse(words, upos, xpos, h2, r2);
                Assert.Equal(h1, h2);
                Assert.Equal(r1, r2);
            }
        }
        finally
        {
            File.Delete(a);
            File.Delete(b);
        }
    }

    [Fact]
    public void Beam_parser_learns_the_toy_grammar_round_trips_and_trains_deterministically()
    {
        var parser = ParserTrainer.TrainBeam(Toy, epochs: 5, seed: 1, width: 4);
        Assert.Equal(4, parser.BeamWidth);
        var heads = AssertParsesUnseen(parser);

        string a = Temp(), b = Temp();
        try
        {
            parser.Save(a);
            ParserTrainer.TrainBeam(Toy, epochs: 5, seed: 1, width: 4).Save(b);
            Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
            var loaded = DependencyParser.Load(a);
            Assert.Equal(4, loaded.BeamWidth);
            foreach (int width in new[] { 1, 4 })
            {
                var h = new int[UnseenWords.Length];
                var r = new string[UnseenWords.Length];
                loaded.WithBeam(width).Parse(UnseenWords, UnseenUpos, UnseenXpos, h, r);
                Assert.Equal(1, h.Count(x => x == 0));
                Assert.True(ArcHybridOracle.IsProjective(h.Prepend(0).ToArray()));
                if (width == 4) Assert.Equal(heads, h);
            }
        }
        finally
        {
            File.Delete(a);
            File.Delete(b);
        }
    }

    private static DependencyParser TrainNeural(int seed, float explore = 0, float hiddenDropout = 0, float perceptronWeight = 0, float cascade = 0, float average = 0, float rateDecay = 1) =>
        NeuralParserTrainer.Train(Toy, ParserTrainer.Train(Toy, epochs: 5, seed: 1), new NeuralParserOptions { Epochs = 8, Hidden = 32, WordDim = 16, TagDim = 8, LabelDim = 8, MiscDim = 4, BatchSize = 8, LearningRate = 0.01f, MinWordCount = 1, Seed = (ulong)seed, Explore = explore, HiddenDropout = hiddenDropout, PerceptronWeight = perceptronWeight, CascadeMargin = cascade, AverageDecay = average, LearningRateDecay = rateDecay });

    [Fact]
    public void Neural_scorer_with_averaged_weights_and_a_decaying_rate_learns_the_toy_grammar_deterministically()
    {
        var parser = TrainNeural(13, explore: 0.9f, hiddenDropout: 0.2f, average: 0.95f, rateDecay: 0.8f);
        AssertParsesUnseen(parser);
        string a = Temp(), b = Temp(), c = Temp();
        try
        {
            parser.Save(a);
            TrainNeural(13, explore: 0.9f, hiddenDropout: 0.2f, average: 0.95f, rateDecay: 0.8f).Save(b);
            Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
            // The same run without averaging ends with other weights: the saved network is the average.
            TrainNeural(13, explore: 0.9f, hiddenDropout: 0.2f, rateDecay: 0.8f).Save(c);
            Assert.NotEqual(File.ReadAllBytes(a), File.ReadAllBytes(c));
        }
        finally
        {
            File.Delete(a);
            File.Delete(b);
            File.Delete(c);
        }
    }

    [Theory]
    [InlineData(32)]
    [InlineData(40)]
    public void Sixteen_bit_precomputed_rows_score_like_the_float_network(int hidden)
    {
        // Random weights; the decoder's scores (16-bit precomputed rows, rare words projected per sentence) must match
        // the float forward pass E·W1 + b1 → ReLU → W2 at every configuration of a parse.
        var words = new Dictionary<string, int> { ["the"] = NeuralTransitionScorer.FirstWordId, ["army"] = NeuralTransitionScorer.FirstWordId + 1, ["talks"] = NeuralTransitionScorer.FirstWordId + 2 };
        var tags = new Dictionary<string, int> { ["DET|DT"] = NeuralTransitionScorer.FirstTagId, ["NOUN|NN"] = NeuralTransitionScorer.FirstTagId + 1, ["VERB|VBZ"] = NeuralTransitionScorer.FirstTagId + 2 };
        var net = new NeuralTransitionScorer(hidden, [8, 4, 4, 4], words, tags, labels: 5, precomputedWords: NeuralTransitionScorer.FirstWordId + 1);
        var random = new Random(5);
        foreach (var e in net.Embeddings)
            for (int i = 0; i < e.Length; i++) e[i] = (float)(random.NextDouble() - 0.5);
        foreach (var w in new[] { net.W1, net.B1, net.W2, net.B2 })
            for (int i = 0; i < w.Length; i++) w[i] = (float)(random.NextDouble() - 0.5) * 0.5f;
        net.Precompute();

        string[] forms = ["The", "army", "rejects", "the", "talks", "."];
        string[] upos = ["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"];
        string[] xpos = ["DT", "NN", "VBZ", "DT", "NN", "."];
        var sc = net.Prepare(forms, upos, xpos);
        var st = new ParserState();
        st.Init(forms.Length);
        var ids = new int[NeuralTransitionScorer.Slots];
        var h = new float[hidden];
        var row = new float[hidden];
        Span<float> scores = stackalloc float[ParserState.ActionCount];
        int checkedConfigurations = 0;
        while (!st.Terminal)
        {
            net.Score(sc, st, scores);
            NeuralTransitionScorer.Extract(st, sc.WordIds, sc.TagIds, ids);
            net.B1.CopyTo(h, 0);
            for (int s = 0; s < NeuralTransitionScorer.Slots; s++)
            {
                net.Project(s, ids[s], row);
                for (int j = 0; j < hidden; j++) h[j] += row[j];
            }
            for (int a = 0; a < ParserState.ActionCount; a++)
            {
                float expected = net.B2[a];
                for (int j = 0; j < hidden; j++) expected += net.W2[a * hidden + j] * Math.Max(h[j], 0);
                Assert.InRange(scores[a], expected - 1e-3f, expected + 1e-3f);
            }
            checkedConfigurations++;
            int action = DependencyParser.BestValid(st, scores);
            st.Apply(action, action == ParserState.Shift ? -1 : 1);
        }
        Assert.Equal(2 * forms.Length, checkedConfigurations);
    }

    [Fact]
    public void Neural_scorer_file_stores_the_precomputed_rows_and_old_files_without_them_still_load()
    {
        var words = new Dictionary<string, int> { ["a"] = NeuralTransitionScorer.FirstWordId, ["dog"] = NeuralTransitionScorer.FirstWordId + 1, ["barks"] = NeuralTransitionScorer.FirstWordId + 2 };
        var tags = new Dictionary<string, int> { ["DET|DT"] = NeuralTransitionScorer.FirstTagId, ["NOUN|NN"] = NeuralTransitionScorer.FirstTagId + 1 };
        var net = new NeuralTransitionScorer(24, [8, 4, 4, 4], words, tags, labels: 4, precomputedWords: NeuralTransitionScorer.FirstWordId + 2);
        var random = new Random(11);
        foreach (var e in net.Embeddings)
            for (int i = 0; i < e.Length; i++) e[i] = (float)(random.NextDouble() - 0.5);
        foreach (var w in new[] { net.W1, net.B1, net.W2, net.B2 })
            for (int i = 0; i < w.Length; i++) w[i] = (float)(random.NextDouble() - 0.5) * 0.5f;
        net.Precompute();

        byte[] Bytes(int version)
        {
            using var stream = new MemoryStream();
            using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)) net.Write(writer, version);
            return stream.ToArray();
        }
        NeuralTransitionScorer Read(byte[] bytes) => NeuralTransitionScorer.Read(new BinaryReader(new MemoryStream(bytes)));

        byte[] current = Bytes(NeuralTransitionScorer.Version), old = Bytes(1);
        // The rows (16-bit, all slots) are in the file: far more than the weights alone.
        Assert.True(current.Length > old.Length + NeuralTransitionScorer.Slots * 24 * 2);
        var fromRows = Read(current);
        var recomputed = Read(old);
        // Rows read back are the rows computed at load from the weights, so both write the same file again.
        Assert.Equal(current, Bytes(NeuralTransitionScorer.Version));
        using (var stream = new MemoryStream())
        {
            using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)) recomputed.Write(writer);
            Assert.Equal(current, stream.ToArray());
        }

        string[] forms = ["A", "dog", "barks", "at", "a", "cat", "."];
        string[] upos = ["DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT"];
        string[] xpos = ["DT", "NN", "VBZ", "IN", "DT", "NN", "."];
        var st = new ParserState();
        st.Init(forms.Length);
        Span<float> a = stackalloc float[ParserState.ActionCount], b = stackalloc float[ParserState.ActionCount], c = stackalloc float[ParserState.ActionCount];
        while (!st.Terminal)
        {
            net.Score(net.Prepare(forms, upos, xpos), st, a);
            fromRows.Score(fromRows.Prepare(forms, upos, xpos), st, b);
            recomputed.Score(recomputed.Prepare(forms, upos, xpos), st, c);
            Assert.Equal(a.ToArray(), b.ToArray());
            Assert.Equal(a.ToArray(), c.ToArray());
            int action = DependencyParser.BestValid(st, a);
            st.Apply(action, action == ParserState.Shift ? -1 : 0);
        }

        // A truncated or reshaped row section is refused rather than decoded.
        Assert.ThrowsAny<Exception>(() => Read(current[..^2]));
    }

    [Fact]
    public void Perceptron_and_neural_ensemble_with_a_cascade_parses_the_toy_grammar_and_round_trips()
    {
        var parser = TrainNeural(5, explore: 0.9f, perceptronWeight: 0.05f, cascade: 2f);
        Assert.True(parser.IsNeural);
        Assert.Equal(0.05f, parser.PerceptronWeight);
        Assert.Equal(2f, parser.CascadeMargin);
        var heads = AssertParsesUnseen(parser);
        string a = Temp();
        try
        {
            parser.Save(a);
            var loaded = DependencyParser.Load(a);
            Assert.Equal(0.05f, loaded.PerceptronWeight);
            Assert.Equal(2f, loaded.CascadeMargin);
            Assert.Equal(heads, AssertParsesUnseen(loaded));
        }
        finally
        {
            File.Delete(a);
        }
    }

    [Fact]
    public void Ensemble_of_two_networks_parses_the_toy_grammar_and_round_trips()
    {
        var one = TrainNeural(5, explore: 0.9f, perceptronWeight: 0.05f);
        var other = TrainNeural(6, explore: 0.9f, perceptronWeight: 0.05f);
        var parser = one.WithSecondNeural(other.Neural!);
        Assert.Same(other.Neural, parser.SecondNeural);
        Assert.Equal(0.05f, parser.PerceptronWeight);
        var heads = AssertParsesUnseen(parser);
        string a = Temp(), b = Temp(), c = Temp();
        try
        {
            parser.Save(a);
            var loaded = DependencyParser.Load(a);
            Assert.NotNull(loaded.SecondNeural);
            Assert.Equal(heads, AssertParsesUnseen(loaded));
            loaded.Save(b);
            Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
            // One network alone is still written in the older format, without the second scorer.
            one.Save(c);
            Assert.True(new FileInfo(c).Length < new FileInfo(a).Length);
            Assert.Null(DependencyParser.Load(c).SecondNeural);
        }
        finally
        {
            File.Delete(a);
            File.Delete(b);
            File.Delete(c);
        }
    }

    [Fact]
    public void Full_training_with_two_networks_gives_the_second_the_next_seed_and_identical_bytes_on_a_rerun()
    {
        string dir = Path.Combine(Path.GetTempPath(), $"parley-two-nets-{Guid.NewGuid():N}");
        string train = Path.Combine(dir, "toy.conllu");
        Directory.CreateDirectory(dir);
        try
        {
            using (var w = new StreamWriter(train)) Parley.Nlp.Conllu.ConlluWriter.Write(w, Toy);
            var small = new NeuralParserOptions { Epochs = 4, Hidden = 32, WordDim = 16, TagDim = 8, LabelDim = 8, MiscDim = 4, BatchSize = 8, LearningRate = 0.01f, MinWordCount = 1, Explore = 0.9f, PerceptronWeight = 0.05f };
            Parley.Nlp.Training.NlpModels Train(string outDir, int networks) => Parley.Nlp.Training.NlpModelTrainer.TrainAll(new Parley.Nlp.Training.TrainingOptions
            {
                TrainFiles = [train], OutputDirectory = Path.Combine(dir, outDir), TaggerEpochs = 2, ParserEpochs = 5, JackknifeFolds = 0, Seed = 7,
                NeuralParser = small with { Networks = networks },
            });
            var two = Train("a", 2);
            Assert.NotNull(two.Parser.SecondNeural);
            AssertParsesUnseen(two.Parser);
            Train("b", 2);
            byte[] bytes = File.ReadAllBytes(Path.Combine(dir, "a", "parser.bin"));
            Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(dir, "b", "parser.bin")));
            // The first network is the one-network recipe's, the second is trained with the next seed.
            var one = Train("c", 1);
            Assert.Null(one.Parser.SecondNeural);
            var withNext = NeuralParserTrainer.Train(ConlluReader.ReadFile(train).ToArray(), ParserTrainer.Train(ConlluReader.ReadFile(train).ToArray(), 5, 7), small with { Seed = 8 });
            string d = Path.Combine(dir, "d.bin");
            one.Parser.WithSecondNeural(withNext.Neural!).Save(d);
            Assert.Equal(bytes, File.ReadAllBytes(d));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Neural_scorer_trained_with_the_dynamic_oracle_and_dropout_learns_the_toy_grammar_deterministically()
    {
        var parser = TrainNeural(11, explore: 0.9f, hiddenDropout: 0.2f);
        AssertParsesUnseen(parser);
        string a = Temp(), b = Temp();
        try
        {
            parser.Save(a);
            TrainNeural(11, explore: 0.9f, hiddenDropout: 0.2f).Save(b);
            Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
        }
        finally
        {
            File.Delete(a);
            File.Delete(b);
        }
    }

    [Fact]
    public void Neural_scorer_learns_the_toy_grammar_round_trips_and_trains_deterministically()
    {
        var parser = TrainNeural(7);
        Assert.True(parser.IsNeural);
        var heads = AssertParsesUnseen(parser);

        string a = Temp(), b = Temp();
        try
        {
            parser.Save(a);
            TrainNeural(7).Save(b);
            Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
            var loaded = DependencyParser.Load(a);
            Assert.True(loaded.IsNeural);
            Assert.Equal(heads, AssertParsesUnseen(loaded));
        }
        finally
        {
            File.Delete(a);
            File.Delete(b);
        }
    }

    [Fact]
    public void Neural_scorer_handles_unknown_words_and_tags_and_long_sentences()
    {
        var parser = TrainNeural(3);
        // Unseen forms and tags fall back to shape classes / the unknown tag; the result is still one projective tree.
        string[] words = [.. Enumerable.Range(0, 150).Select(i => i % 7 == 0 ? "Zorbified-" + i : i % 3 == 0 ? "1,234" : "qq")];
        string[] tags = [.. words.Select(_ => "SYM")];
        var h = new int[words.Length];
        var r = new string[words.Length];
        parser.Parse(words, tags, tags, h, r);
        Assert.Equal(1, h.Count(x => x == 0));
        Assert.True(ArcHybridOracle.IsProjective(h.Prepend(0).ToArray()));
        // Tag buffers longer than the sentence (as the pipeline passes them) parse the same.
        string[] buffer = [.. tags, .. Enumerable.Repeat("NOUN", 1000)];
        var h2 = new int[words.Length];
        parser.Parse(words, buffer, buffer, h2, new string[words.Length]);
        Assert.Equal(h, h2);
    }

    [Fact]
    public void Neural_vocabulary_folds_case_and_digits_and_looks_up_tag_pairs()
    {
        var words = new Dictionary<string, int> { ["harbour"] = NeuralTransitionScorer.FirstWordId, ["00:00"] = NeuralTransitionScorer.FirstWordId + 1 };
        var tags = new Dictionary<string, int> { ["NOUN|NN"] = NeuralTransitionScorer.FirstTagId };
        var net = new NeuralTransitionScorer(8, [4, 4, 4, 4], words, tags, labels: 3);
        Assert.Equal(NeuralTransitionScorer.FirstWordId, net.WordId("harbour"));
        Assert.Equal(NeuralTransitionScorer.FirstWordId, net.WordId("HARBOUR"));
        Assert.Equal(NeuralTransitionScorer.FirstWordId + 1, net.WordId("17:45"));
        Assert.Equal(NeuralTransitionScorer.FirstWordId + 1, net.WordId("00:00"));
        Assert.Equal(NeuralTransitionScorer.ShapeId("Quayside"), net.WordId("Quayside"));
        Assert.NotEqual(NeuralTransitionScorer.ShapeId("quayside"), NeuralTransitionScorer.ShapeId("Quayside"));
        Assert.Equal(NeuralTransitionScorer.FirstTagId, net.TagId("NOUN", "NN"));
        Assert.Equal(NeuralTransitionScorer.UnknownId0, net.TagId("NOUN", "NNS"));
    }

    [Fact]
    public void Gold_derivation_rebuilds_the_tree()
    {
        foreach (var sent in Toy)
        {
            var gold = sent.Words.Select(w => w.Head).Prepend(0).ToArray();
            var state = new ParserState();
            state.Init(sent.Words.Count);
            while (!state.Terminal) state.Apply(ParserTrainer.GoldAction(state, gold), 0);
            Assert.Equal(gold.Skip(1), state.Heads.Skip(1).Take(sent.Words.Count));
        }
    }

    [Fact]
    public void Projectivity_check_spots_crossing_arcs()
    {
        Assert.True(ArcHybridOracle.IsProjective([0, 2, 0, 2]));
        Assert.False(ArcHybridOracle.IsProjective([0, 3, 4, 0, 3])); // 1←3 crosses 2←4
    }

    [SharedFact]
    public void Oracle_reproduces_every_projective_ewt_train_tree()
    {
        int checkedTrees = 0;
        var state = new ParserState();
        foreach (var sent in ConlluReader.ReadFile(SharedData.Path("data", "ud-english-ewt", "en_ewt-ud-train.conllu.gz")))
        {
            var gold = sent.Words.Select(w => w.Head).Prepend(0).ToArray();
            if (!ArcHybridOracle.IsProjective(gold) || gold.Skip(1).Count(h => h == 0) != 1) continue;
            state.Init(sent.Words.Count);
            while (!state.Terminal)
            {
                int action = Enumerable.Range(0, ParserState.ActionCount).First(a => state.IsValid(a) && ArcHybridOracle.Cost(state, a, gold) == 0);
                state.Apply(action, 0);
            }
            Assert.Equal(gold.Skip(1), state.Heads.Skip(1).Take(sent.Words.Count));
            checkedTrees++;
        }
        Assert.True(checkedTrees > 11_000, $"only {checkedTrees} trees checked");
    }

    [SharedFact]
    public void Training_twice_on_an_ewt_slice_gives_identical_model_bytes()
    {
        var slice = ConlluReader.ReadFile(SharedData.Path("data", "ud-english-ewt", "en_ewt-ud-dev.conllu.gz")).Take(200).ToArray();
        string a = Temp(), b = Temp();
        try
        {
            ParserTrainer.Train(slice, 2, 3).Save(a);
            ParserTrainer.Train(slice, 2, 3).Save(b);
            Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
        }
        finally
        {
            File.Delete(a);
            File.Delete(b);
        }
    }

    private static string Temp() => Path.Combine(Path.GetTempPath(), $"parley-parser-{Guid.NewGuid():N}.bin");
}
