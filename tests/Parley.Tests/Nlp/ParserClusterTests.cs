using System.IO.Compression;
using System.Text;
using Parley.Nlp.Conllu;
using Parley.Nlp.Parsing;
using Parley.Tests.Support;

namespace Parley.Tests.Nlp;

public sealed class ParserClusterTests
{
    private static readonly IReadOnlyList<ConlluSentence> Toy = NlpTestData.ToyTreebank();

    // A small word-clusters file in the shipped format: "word TAB class" lines, then the capitalisation section.
    private static string ClustersFile()
    {
        string path = Path.Combine(Path.GetTempPath(), $"parley-clusters-{Guid.NewGuid():N}.tsv.gz");
        using var gzip = new GZipStream(File.Create(path), CompressionLevel.Fastest);
        using var w = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" };
        foreach (string noun in new[] { "army", "city", "talks", "cat", "government" }) w.WriteLine($"{noun}\t3");
        foreach (string det in new[] { "the", "a", "The", "A" }) w.WriteLine($"{det}\t7");
        w.WriteLine("rejects\t12");
        w.WriteLine("#cap");
        w.WriteLine("army\t1");
        return path;
    }

    [Fact]
    public void Word_classes_are_read_up_to_the_capitalisation_section_and_fall_back_to_lower_case()
    {
        string path = ClustersFile();
        try
        {
            var clusters = ParserClusters.FromClustersFile(path);
            Assert.Equal(10, clusters.Count);
            Assert.Equal(3, clusters.ClassOf("army"));
            Assert.Equal(3, clusters.ClassOf("ARMY"));
            Assert.Equal(7, clusters.ClassOf("The"));
            Assert.Equal(0, clusters.ClassOf("unheard"));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Parser_with_word_classes_learns_the_toy_grammar_round_trips_as_v7_and_trains_deterministically()
    {
        string clustersPath = ClustersFile(), a = Temp(), b = Temp();
        try
        {
            var clusters = ParserClusters.FromClustersFile(clustersPath);
            var parser = ParserTrainer.Train(Toy, epochs: 5, seed: 1, clusters: clusters);
            Assert.Same(clusters, parser.Clusters);
            parser.Save(a);
            ParserTrainer.Train(Toy, epochs: 5, seed: 1, clusters: ParserClusters.FromClustersFile(clustersPath)).Save(b);
            Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
            var loaded = DependencyParser.Load(a);
            Assert.Equal(clusters.Count, loaded.Clusters!.Count);
            Assert.Equal(3, loaded.Clusters.ClassOf("city"));
            string[] words = ["A", "new", "army", "rejects", "the", "talks", "in", "the", "city", "."];
            string[] upos = ["DET", "ADJ", "NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT"];
            string[] xpos = ["DT", "JJ", "NN", "VBZ", "DT", "NN", "IN", "DT", "NN", "."];
            foreach (var p in new[] { parser, loaded })
            {
                var heads = new int[words.Length];
                var rels = new string[words.Length];
                p.Parse(words, upos, xpos, heads, rels);
                Assert.Equal([3, 3, 4, 0, 6, 4, 9, 9, 4, 4], heads);
                Assert.Equal(["det", "amod", "nsubj", "root", "det", "obj", "case", "det", "obl", "punct"], rels);
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
    public void A_parser_without_word_classes_is_still_written_in_the_old_format()
    {
        string a = Temp();
        try
        {
            ParserTrainer.Train(Toy, epochs: 1, seed: 1).Save(a);
            Assert.Null(DependencyParser.Load(a).Clusters);
            string? version = null;
            Parley.Nlp.Learning.ModelFile.Load(a, DependencyParser.Kind, 2, 7, (_, v) => version = v.ToString());
            Assert.Equal("4", version);
        }
        finally { File.Delete(a); }
    }

    private static string Temp() => Path.Combine(Path.GetTempPath(), $"parley-parser-{Guid.NewGuid():N}.bin");
}
