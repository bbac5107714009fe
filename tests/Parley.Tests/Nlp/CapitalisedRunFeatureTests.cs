using Parley.Nlp.Entities;

namespace Parley.Tests.Nlp;

/// <summary>The entity tagger's capitalised-run features (<see cref="NerFeatures.RunCues"/>): what a run is, what its words see, and the model flag that turns them on.</summary>
public sealed class CapitalisedRunFeatureTests
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NoWords = new HashSet<string>().GetAlternateLookup<ReadOnlySpan<char>>();

    private static NerFeatures Prepared(string[] words, bool runCues)
    {
        var fx = new NerFeatures();
        fx.Prepare(words, [.. words.Select(_ => "X")], 17, NoWords, NoWords, NerGazetteer.Default, WordClusters.Default, runCues);
        return fx;
    }

    [Fact]
    public void A_run_is_the_capitalised_words_with_the_link_words_between_them()
    {
        string[] words = ["members", "of", "the", "Guild", "for", "the", "Care", "of", "Old", "Clocks", "met", "in", "Dunmore", "and", "the", "town", "."];
        var fx = Prepared(words, runCues: true);
        int P(int i) => i + NerFeatures.Pad;
        // "Guild for the Care of Old Clocks": first, five inside, last; "Dunmore" alone; "and the" after it lead to no capital.
        Assert.Equal([0, 0, 0, 2, 3, 3, 3, 3, 3, 4, 0, 0, 1, 0, 0, 0, 0], words.Select((_, i) => fx.RunAt[P(i)]));
        Assert.Equal(P(3), fx.RunFirst[P(6)]);
        Assert.Equal(P(9), fx.RunLast[P(3)]);
        Assert.Equal(P(12), fx.RunLast[P(12)]);
    }

    [Fact]
    public void Only_the_words_of_a_run_gain_features_and_only_when_the_model_asks_for_them()
    {
        string[] words = ["the", "Harbour", "Rowing", "Club", "won", "."];
        var off = Prepared(words, runCues: false);
        var counts = words.Select((_, i) => off.Extract(i).Length).ToArray();
        var on = Prepared(words, runCues: true);
        for (int i = 0; i < words.Length; i++)
        {
            var features = on.Extract(i).ToArray();
            bool inRun = i is >= 1 and <= 3;
            Assert.Equal(counts[i] + (inRun ? 6 : 0), features.Length);
        }
        // Every word of the run sees its last word: "Harbour" and "Rowing" share the run features that name "Club".
        var harbour = on.Extract(1).ToArray()[counts[1]..];
        var rowing = on.Extract(2).ToArray()[counts[2]..];
        Assert.NotEqual(harbour, rowing); // the place in the run differs (first / inside) …
        Assert.Equal(harbour[^1], rowing[^1]); // … the first-word × last-word pair does not
    }

    [Fact]
    public void A_model_trained_with_run_features_keeps_the_flag_in_its_file()
    {
        var sentences = new List<NerSentence>();
        var upos = new List<string[]>();
        string[] heads = ["Club", "Society", "Union"];
        string[] names = ["Harbour", "Valley", "Granite", "Meadow"];
        int document = 0;
        foreach (string head in heads)
            foreach (string name in names)
            {
                sentences.Add(new NerSentence(["Members", "of", "the", name, head, "met", "."], [new(3, 5, "ORG")], document++));
                upos.Add(["NOUN", "ADP", "DET", "PROPN", "PROPN", "VERB", "PUNCT"]);
                sentences.Add(new NerSentence(["They", "walked", "to", name, "Street", "."], [new(3, 5, "LOC")], document++));
                upos.Add(["PRON", "VERB", "ADP", "PROPN", "PROPN", "PUNCT"]);
            }
        string dir = Path.Combine(Path.GetTempPath(), $"parley-ner-runs-{Guid.NewGuid():N}");
        try
        {
            var tagger = EntityTaggerTrainer.Train(sentences, upos, 3, [7], runCues: true);
            Assert.True(tagger.RunCues);
            tagger.Save(Path.Combine(dir, "a.bin"));
            var loaded = EntityTagger.Load(Path.Combine(dir, "a.bin"));
            Assert.True(loaded.RunCues);
            Assert.False(loaded.Stacked);
            string[] words = ["They", "walked", "to", "Granite", "Street", "."];
            string[] tags = ["PRON", "VERB", "ADP", "PROPN", "PROPN", "PUNCT"];
            Assert.Equal(tagger.Tag(words, tags), loaded.Tag(words, tags));

            var plain = EntityTaggerTrainer.Train(sentences, upos, 3, [7]);
            plain.Save(Path.Combine(dir, "b.bin"));
            Assert.False(EntityTagger.Load(Path.Combine(dir, "b.bin")).RunCues);
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }
}
