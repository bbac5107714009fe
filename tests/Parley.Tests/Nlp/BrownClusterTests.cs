using Parley.Nlp.Entities;

namespace Parley.Tests.Nlp;

/// <summary>Brown clustering (<see cref="BrownClusters"/>) and the entity tagger's path-prefix features.</summary>
public sealed class BrownClusterTests
{
    /// <summary>Invented sentences in which the animals, the verbs and the determiners each share their contexts.</summary>
    private static List<string[]> Toy()
    {
        var sentences = new List<string[]>();
        string[] dets = ["the", "a", "one"], nouns = ["heron", "otter", "badger", "stoat"], verbs = ["slept", "swam", "waited"];
        foreach (string d in dets)
            foreach (string n in nouns)
                foreach (string v in verbs)
                    sentences.Add([d, n, v, "."]);
        return sentences;
    }

    private static int Common(string a, string b)
    {
        int k = 0;
        while (k < a.Length && k < b.Length && a[k] == b[k]) k++;
        return k;
    }

    [Fact]
    public void Words_with_the_same_contexts_share_a_longer_path_than_words_without()
    {
        var brown = BrownClusters.Build(Toy(), window: 12);
        Assert.Equal(11, brown.Count);
        string heron = brown.PathOf("heron")!, otter = brown.PathOf("otter")!, slept = brown.PathOf("slept")!, swam = brown.PathOf("swam")!;
        Assert.True(Common(heron, otter) > Common(heron, slept));
        Assert.True(Common(slept, swam) > Common(swam, otter));
        Assert.True(Common(brown.PathOf("the")!, brown.PathOf("a")!) > Common(brown.PathOf("the")!, heron));
        // Every word has its own leaf: no path is a prefix of another.
        var paths = new[] { "the", "a", "one", "heron", "otter", "badger", "stoat", "slept", "swam", "waited", "." }.Select(w => brown.PathOf(w)!).ToArray();
        foreach (var p in paths)
            Assert.Single(paths, q => q.StartsWith(p, StringComparison.Ordinal));
    }

    [Fact]
    public void With_a_small_window_the_words_merged_before_the_last_one_entered_share_their_cluster_path()
    {
        var brown = BrownClusters.Build(Toy(), window: 4);
        var words = new[] { "the", "a", "one", "heron", "otter", "badger", "stoat", "slept", "swam", "waited", "." };
        Assert.True(words.Select(w => brown.PathOf(w)).Distinct().Count() <= 4);
        Assert.Equal(brown.PathOf("heron"), brown.PathOf("otter"));
        Assert.NotEqual(brown.PathOf("heron"), brown.PathOf("swam"));
    }

    [Fact]
    public void Building_is_deterministic_and_the_file_keeps_the_paths()
    {
        var a = BrownClusters.Build(Toy(), window: 3);
        var b = BrownClusters.Build(Toy(), window: 3);
        string dir = Path.Combine(Path.GetTempPath(), $"parley-brown-{Guid.NewGuid():N}");
        try
        {
            a.Save(Path.Combine(dir, "a.tsv.gz"));
            b.Save(Path.Combine(dir, "b.tsv.gz"));
            Assert.Equal(File.ReadAllBytes(Path.Combine(dir, "a.tsv.gz")), File.ReadAllBytes(Path.Combine(dir, "b.tsv.gz")));
            var loaded = BrownClusters.Load(Path.Combine(dir, "a.tsv.gz"));
            Assert.Equal(a.PathOf("otter"), loaded.PathOf("otter"));
            Assert.Equal(a.CodeOf("otter"), loaded.CodeOf("otter"));
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void A_prefix_keeps_the_first_bits_and_a_capitalised_word_falls_back_to_its_lower_case_path()
    {
        var brown = BrownClusters.Build(Toy(), window: 4);
        ulong code = brown.CodeOf("otter");
        string path = brown.PathOf("otter")!;
        Assert.Equal(Convert.ToUInt64("1" + path, 2), code);
        Assert.Equal(Convert.ToUInt64("1" + path[..2], 2), BrownClusters.Prefix(code, 2));
        Assert.Equal(code, BrownClusters.Prefix(code, 20));
        Assert.Equal(code, brown.CodeOf("Otter"));
        Assert.Equal(0UL, brown.CodeOf("Walrus"));
        Assert.Equal(0UL, BrownClusters.Prefix(0, 4));
    }

    [Fact]
    public void A_model_trained_with_brown_features_keeps_the_flag_and_reads_more_features()
    {
        var sentences = new List<NerSentence>();
        var upos = new List<string[]>();
        int document = 0;
        foreach (string name in new[] { "Harbour", "Valley", "Granite", "Meadow" })
        {
            sentences.Add(new NerSentence(["They", "walked", "to", name, "Street", "."], [new(3, 5, "LOC")], document++));
            upos.Add(["PRON", "VERB", "ADP", "PROPN", "PROPN", "PUNCT"]);
        }
        var brown = BrownClusters.Build(Toy(), window: 4);
        string dir = Path.Combine(Path.GetTempPath(), $"parley-ner-brown-{Guid.NewGuid():N}");
        try
        {
            var tagger = EntityTaggerTrainer.Train(sentences, upos, 3, [7], brown: brown);
            Assert.Same(brown, tagger.Brown);
            tagger.Save(Path.Combine(dir, "a.bin"));
            Assert.NotNull(EntityTagger.Load(Path.Combine(dir, "a.bin")).Brown);
            var plain = EntityTaggerTrainer.Train(sentences, upos, 3, [7]);
            plain.Save(Path.Combine(dir, "b.bin"));
            Assert.Null(EntityTagger.Load(Path.Combine(dir, "b.bin")).Brown);

            string[] words = ["a", "heron", "swam", "."];
            var fx = new NerFeatures();
            var none = new HashSet<string>().GetAlternateLookup<ReadOnlySpan<char>>();
            fx.Prepare(words, ["DET", "NOUN", "VERB", "PUNCT"], 17, none, none, NerGazetteer.Default, WordClusters.Default);
            int plainCount = fx.Extract(1).Length;
            fx.PrepareBrown(words, brown);
            Assert.Equal(plainCount + 16, fx.Extract(1).Length);
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }
}
