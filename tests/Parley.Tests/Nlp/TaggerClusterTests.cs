using System.IO.Compression;
using System.Text;
using Parley.Nlp.Conllu;
using Parley.Nlp.Learning;
using Parley.Nlp.Tagging;
using Parley.Tests.Support;

namespace Parley.Tests.Nlp;

public sealed class TaggerClusterTests
{
    private static readonly IReadOnlyList<ConlluSentence> Toy = NlpTestData.ToyTreebank();

    // A small word-clusters file in the shipped format: "word TAB class" lines, then "#cap" and "lower-cased word TAB bucket".
    private static string ClustersFile()
    {
        string path = Path.Combine(Path.GetTempPath(), $"parley-tclusters-{Guid.NewGuid():N}.tsv.gz");
        using var gzip = new GZipStream(File.Create(path), CompressionLevel.Fastest);
        using var w = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" };
        foreach (string noun in new[] { "army", "city", "talks", "cat", "government", "treaty" }) w.WriteLine($"{noun}\t3");
        foreach (string det in new[] { "the", "a", "The", "A" }) w.WriteLine($"{det}\t7");
        w.WriteLine("rejects\t12");
        w.WriteLine("signs\t12");
        w.WriteLine("#cap");
        w.WriteLine("army\t1");
        w.WriteLine("paris\t6");
        return path;
    }

    [Fact]
    public void Word_classes_and_capitalisation_buckets_are_read_and_fall_back_to_lower_case()
    {
        string path = ClustersFile();
        try
        {
            var clusters = TaggerClusters.FromClustersFile(path);
            Assert.Equal(12, clusters.Count);
            Assert.Equal((3, 1), clusters.Lookup("army"));
            Assert.Equal((3, 1), clusters.Lookup("ARMY"));
            Assert.Equal((7, 0), clusters.Lookup("The"));
            Assert.Equal((0, 6), clusters.Lookup("Paris"));
            Assert.Equal((0, 0), clusters.Lookup("unheard"));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Tagger_with_word_classes_learns_the_toy_treebank_round_trips_as_v5_and_trains_deterministically()
    {
        string clustersPath = ClustersFile(), a = Temp(), b = Temp();
        try
        {
            var clusters = TaggerClusters.FromClustersFile(clustersPath);
            var tagger = TaggerTrainer.Train(Toy, epochs: 5, seed: 1, clusters: clusters);
            Assert.Same(clusters, tagger.Clusters);
            tagger.Save(a);
            TaggerTrainer.Train(Toy, epochs: 5, seed: 1, clusters: TaggerClusters.FromClustersFile(clustersPath)).Save(b);
            Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
            Assert.Equal(5, VersionOf(a));
            var loaded = Tagger.Load(a);
            Assert.Equal(clusters.Count, loaded.Clusters!.Count);
            string[] words = ["The", "new", "army", "signs", "a", "treaty", "."];
            foreach (var t in new[] { tagger, loaded })
            {
                var upos = new string[words.Length];
                var xpos = new string[words.Length];
                t.Tag(words, upos, xpos);
                Assert.Equal(["DET", "ADJ", "NOUN", "VERB", "DET", "NOUN", "PUNCT"], upos);
                Assert.Equal(["DT", "JJ", "NN", "VBZ", "DT", "NN", "."], xpos);
            }
        }
        finally
        {
            File.Delete(clustersPath);
            File.Delete(a);
            File.Delete(b);
        }
    }

    [Fact]
    public void A_tagger_without_word_classes_is_still_written_in_the_v4_format()
    {
        string a = Temp();
        try
        {
            TaggerTrainer.Train(Toy, epochs: 1, seed: 1).Save(a);
            Assert.Null(Tagger.Load(a).Clusters);
            Assert.Equal(4, VersionOf(a));
        }
        finally { File.Delete(a); }
    }

    /// <summary>The committed v4 tagger still loads, tags as before (its accuracy floors are in <see cref="NlpModelAccuracyTests"/>) and re-saves to the same bytes.</summary>
    [Fact]
    public void The_committed_v4_tagger_loads_and_resaves_byte_for_byte()
    {
        string committed = Path.Combine(SharedData.RepoRoot, "models", "english-ud", "tagger.bin");
        string a = Temp();
        try
        {
            var tagger = Tagger.Load(committed);
            Assert.Null(tagger.Clusters);
            Assert.Equal(4, VersionOf(committed));
            tagger.Save(a);
            Assert.Equal(File.ReadAllBytes(committed), File.ReadAllBytes(a));
            string[] words = ["The", "council", "approved", "a", "new", "budget", "on", "Tuesday", "."];
            var upos = new string[words.Length];
            var xpos = new string[words.Length];
            tagger.Tag(words, upos, xpos);
            Assert.Equal(["DET", "NOUN", "VERB", "DET", "ADJ", "NOUN", "ADP", "PROPN", "PUNCT"], upos);
        }
        finally { File.Delete(a); }
    }

    private static int VersionOf(string path)
    {
        int version = 0;
        ModelFile.Load(path, Tagger.Kind, 3, Tagger.Version, (_, v) => version = v);
        return version;
    }

    private static string Temp() => Path.Combine(Path.GetTempPath(), $"parley-tagger-{Guid.NewGuid():N}.bin");
}
