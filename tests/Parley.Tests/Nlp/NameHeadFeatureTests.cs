using Parley.Entities;
using Parley.Nlp.Entities;

namespace Parley.Tests.Nlp;

/// <summary>The entity tagger's name-word table (<see cref="NerNameHeads"/>): what it counts, what the words of a run see, and that a model keeps it.</summary>
public sealed class NameHeadFeatureTests
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NoWords = new HashSet<string>().GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Invented training names: three clubs ending in one made-up word, three people starting with another.</summary>
    private static List<NerSentence> Training() =>
    [
        new(["The", "Quarrow", "Brimfolk", "won", "."], [new(1, 3, "ORG")]),
        new(["The", "Tallis", "Brimfolk", "lost", "."], [new(1, 3, "ORG")]),
        new(["Fans", "of", "Upper", "Denby", "Brimfolk", "sang", "."], [new(2, 5, "ORG")]),
        new(["Zavret", "Olund", "spoke", "."], [new(0, 2, "PER")]),
        new(["Zavret", "Mirsk", "spoke", "."], [new(0, 2, "PER")]),
        new(["Zavret", "Kallo", "Bry", "spoke", "."], [new(0, 3, "PER")]),
    ];

    private static byte Code(string type, int clarity) => (byte)(1 + 3 * Array.IndexOf(["ORG", "PER", "LOC"], type) + clarity);

    [Fact]
    public void Words_that_end_or_start_several_names_get_the_type_of_those_names()
    {
        var heads = NerNameHeads.Build(EntityResources.Default, Training());
        Assert.Equal(Code("ORG", 2), heads.LastCode("Brimfolk"));
        Assert.Equal(NerNameHeads.Unknown, heads.FirstCode("Brimfolk"));
        Assert.Equal(Code("PER", 2), heads.FirstCode("zavret"));
        // Two names are too few; one-word names are not counted.
        Assert.Equal(NerNameHeads.Unknown, heads.LastCode("Olund"));
        // The knowledge base's companies end in "Inc" and "Corporation" far more often than anything else does.
        Assert.Equal(0, (heads.LastCode("Inc") - 1) / 3);
        Assert.Equal(0, (heads.LastCode("Corporation") - 1) / 3);
    }

    [Fact]
    public void Every_word_of_a_run_sees_its_last_word_and_only_with_a_table()
    {
        var heads = NerNameHeads.Build(EntityResources.Default, Training());
        string[] words = ["the", "Nettle", "Green", "Brimfolk", "won", "."];
        var fx = new NerFeatures();
        fx.Prepare(words, [.. words.Select(_ => "X")], 17, NoWords, NoWords, NerGazetteer.Default, WordClusters.Default);
        var plain = words.Select((_, i) => fx.Extract(i).ToArray()).ToArray();
        fx.PrepareHeads(words, heads);
        for (int i = 0; i < words.Length; i++)
        {
            var with = fx.Extract(i).ToArray();
            Assert.Equal(plain[i], with[..plain[i].Length]);
            Assert.Equal(i is >= 1 and <= 3 ? plain[i].Length + 4 : plain[i].Length + 1, with.Length);
        }
        // "Nettle" and "Green" (first and inside) differ in their place in the run but share the last word × first word pair.
        var nettle = fx.Extract(1).ToArray()[^1];
        var green = fx.Extract(2).ToArray()[^1];
        Assert.Equal(nettle, green);
        fx.Prepare(words, [.. words.Select(_ => "X")], 17, NoWords, NoWords, NerGazetteer.Default, WordClusters.Default);
        Assert.Equal(plain[1], fx.Extract(1).ToArray()); // a new sentence without the table has no name-word features
    }

    [Fact]
    public void A_model_trained_with_the_table_keeps_it_in_its_file()
    {
        var sentences = Training();
        var upos = sentences.Select(s => s.Words.Select(w => char.IsUpper(w[0]) ? "PROPN" : w == "." ? "PUNCT" : "VERB").ToArray()).ToList();
        var heads = NerNameHeads.Build(EntityResources.Default, sentences);
        string dir = Path.Combine(Path.GetTempPath(), $"parley-ner-heads-{Guid.NewGuid():N}");
        try
        {
            var tagger = EntityTaggerTrainer.Train(sentences, upos, 3, [7], nameHeads: heads);
            tagger.Save(Path.Combine(dir, "a.bin"));
            var loaded = EntityTagger.Load(Path.Combine(dir, "a.bin"));
            Assert.NotNull(loaded.NameHeads);
            Assert.Equal(heads.Count, loaded.NameHeads!.Count);
            Assert.Equal(Code("ORG", 2), loaded.NameHeads.LastCode("brimfolk"));
            string[] words = ["The", "Nettle", "Brimfolk", "won", "."];
            string[] tags = ["PROPN", "PROPN", "PROPN", "VERB", "PUNCT"];
            Assert.Equal(tagger.Tag(words, tags), loaded.Tag(words, tags));
            var plain = EntityTaggerTrainer.Train(sentences, upos, 3, [7]);
            plain.Save(Path.Combine(dir, "b.bin"));
            Assert.Null(EntityTagger.Load(Path.Combine(dir, "b.bin")).NameHeads);
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }
}
