using Parley.Nlp.Learning;
using Parley.Nlp.Entities;

namespace Parley.Tests.Nlp;

/// <summary>The stacked (two-stage) entity tagger: what its second stage sees of the first stage's output, its training and its file.</summary>
public sealed class StackedEntityTaggerTests
{
    [Fact]
    public void The_second_stage_sees_what_the_first_made_of_the_same_words_elsewhere_in_the_document()
    {
        // Types in ordinal order: LOC = 1, ORG = 2, PER = 3 in the stack's numbering (0 is O).
        int uLoc = EntityTagger.Label(0, EntityTagger.U), uOrg = EntityTagger.Label(1, EntityTagger.U);
        int bOrg = EntityTagger.Label(1, EntityTagger.B), lOrg = EntityTagger.Label(1, EntityTagger.L);
        string[][] words = [["Eton", "won", "again"], ["Tom", "went", "to", "Eton"], ["Eton", "College", "opened"]];
        int[][] labels = [[uOrg, 0, 0], [0, 0, 0, uLoc], [bOrg, lOrg, 0]];
        var stack = StackInfo.ForDocument(words, labels, 3);

        Assert.Same(labels[1], stack[1].Labels);
        // "Eton" in the second sentence (tagged LOC there) was an organisation at both other occurrences.
        Assert.Equal(2, stack[1].Majority[3]);
        Assert.Equal(2, stack[1].Earlier[3]);
        // Its first occurrence has no earlier one; at the third, the nearest earlier one was the place.
        Assert.Equal(StackInfo.None, stack[0].Earlier[0]);
        Assert.Equal(1, stack[2].Earlier[0]);
        // Lower-case words carry nothing; a capitalised word the document holds once has no other occurrence to go by.
        Assert.Equal(StackInfo.Lower, stack[0].Majority[1]);
        Assert.Equal(StackInfo.None, stack[1].Majority[0]);
        // A tie between the other occurrences goes to the lower value: the first "Eton" sees one place and one organisation.
        Assert.Equal(1, stack[0].Majority[0]);
    }

    [Fact]
    public void Stacked_training_is_deterministic_and_the_two_stages_read_back_unchanged()
    {
        var (sentences, upos) = Corpus();
        string dir = Path.Combine(Path.GetTempPath(), $"parley-ner-stack-{Guid.NewGuid():N}");
        try
        {
            EntityTaggerTrainer.TrainStacked(sentences, upos, 3, [7, 8], 2).Save(Path.Combine(dir, "a.bin"));
            var b = EntityTaggerTrainer.TrainStacked(sentences, upos, 3, [7, 8], 2);
            b.Save(Path.Combine(dir, "b.bin"));
            Assert.Equal(File.ReadAllBytes(Path.Combine(dir, "a.bin")), File.ReadAllBytes(Path.Combine(dir, "b.bin")));
            var loaded = EntityTagger.Load(Path.Combine(dir, "a.bin"));
            Assert.True(loaded.Stacked);
            string[][] document = [["Later", "Ana", "Silva", "visited", "Peru", "."], ["Today", "Ana", "Silva", "visited", "Japan", "."]];
            string[][] tags = [["NOUN", "PROPN", "PROPN", "VERB", "PROPN", "PUNCT"], ["NOUN", "PROPN", "PROPN", "VERB", "PROPN", "PUNCT"]];
            var found = loaded.TagDocument(document, tags);
            Assert.Equal(b.TagDocument(document, tags), found);
            Assert.Equal([[new EntitySpan(1, 3, "PER"), new EntitySpan(4, 5, "LOC")], [new EntitySpan(1, 3, "PER"), new EntitySpan(4, 5, "LOC")]], found);

            // A one-stage tagger keeps the format without a second stage and tags a document sentence by sentence.
            var single = EntityTaggerTrainer.Train(sentences, upos, 3, [7, 8]);
            single.Save(Path.Combine(dir, "c.bin"));
            var reloaded = EntityTagger.Load(Path.Combine(dir, "c.bin"));
            Assert.False(reloaded.Stacked);
            Assert.Equal(document.Select((w, s) => reloaded.Tag(w, tags[s])), reloaded.TagDocument(document, tags));
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void The_learned_lexicon_records_what_the_first_stage_makes_of_each_capitalised_word_and_travels_with_the_model()
    {
        var (sentences, upos) = Corpus();
        var first = EntityTaggerTrainer.Train(sentences, upos, 3, [7]);
        // Unlabelled text: "Wei" four times as a surname, "Oslo" three times as a place, "Zed" only twice.
        string[] pattern = ["NOUN", "PROPN", "PROPN", "VERB", "PROPN", "PUNCT"];
        List<string[]> text = [];
        foreach (string place in new[] { "Oslo", "Oslo", "Oslo", "Zed" })
            text.Add(["Yesterday", "Li", "Wei", "visited", place, "."]);
        text.Add(["Later", "Zed", "visited", "here", "."]);
        var lexicon = NerLexicon.Build(first, text, [.. text.Select(t => t.Length == 6 ? pattern : ["NOUN", "PROPN", "VERB", "ADV", "PUNCT"])]);
        int loc = 1 + 3 * (1 + first.Types.ToList().IndexOf("LOC")) + 2, per = 1 + 3 * (1 + first.Types.ToList().IndexOf("PER")) + 2;
        Assert.Equal(loc, lexicon.CodeOf("Oslo"));
        Assert.Equal(per, lexicon.CodeOf("Wei"));
        Assert.Equal(NerLexicon.Unknown, lexicon.CodeOf("Zed"));
        Assert.Equal(NerLexicon.Unknown, lexicon.CodeOf("visited"));

        // The second stage sees the codes; the lexicon is saved in the model and read back with it.
        string[][] words = [["Li", "Wei", "saw", "Oslo"]];
        var stack = StackInfo.ForDocument(words, [new int[4]], first.Types.Count, lexicon);
        Assert.Equal([(byte)per, (byte)per, NerLexicon.Unknown, (byte)loc], stack[0].Lexicon!);
        var tagger = EntityTaggerTrainer.TrainStacked(sentences, upos, 3, [7], 2, unlabelled: (text, [.. text.Select(t => t.Length == 6 ? pattern : ["NOUN", "PROPN", "VERB", "ADV", "PUNCT"])]));
        Assert.NotNull(tagger.Lexicon);
        string dir = Path.Combine(Path.GetTempPath(), $"parley-ner-lexicon-{Guid.NewGuid():N}");
        try
        {
            tagger.Save(Path.Combine(dir, "a.bin"));
            var loaded = EntityTagger.Load(Path.Combine(dir, "a.bin"));
            Assert.Equal(loc, loaded.Lexicon!.CodeOf("Oslo"));
            string[][] document = [["Today", "Li", "Wei", "visited", "Oslo", "."]];
            Assert.Equal(tagger.TagDocument(document, [pattern]), loaded.TagDocument(document, [pattern]));
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void The_joined_table_scores_each_stage_as_its_own_model_does()
    {
        var (sentences, upos) = Corpus();
        var tagger = EntityTaggerTrainer.TrainStacked(sentences, upos, 3, [7], 2);
        var (joined, scale1, scale2) = LinearModel.Join(tagger.Stage1, tagger.Stage2!);
        int classes = tagger.Stage1.Classes;
        Assert.Equal(2 * classes, joined.Classes);
        var fx = new NerFeatures();
        string[] words = ["Today", "Li", "Wei", "visited", "Chile", "."];
        fx.Prepare(words, upos[0], classes, new HashSet<string>().GetAlternateLookup<ReadOnlySpan<char>>(),
            new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "visited", "today" }.GetAlternateLookup<ReadOnlySpan<char>>(), NerGazetteer.Default, WordClusters.Default);
        var both = new float[2 * classes];
        var one = new float[classes];
        var two = new float[classes];
        for (int i = 0; i < words.Length; i++)
        {
            var f = fx.Extract(i).ToArray();
            joined.Score(f, both);
            tagger.Stage1.Score(f, one);
            tagger.Stage2!.Score(f, two);
            for (int c = 0; c < classes; c++)
            {
                Assert.Equal(one[c], both[c] * scale1, 3);
                Assert.Equal(two[c], both[classes + c] * scale2, 3);
            }
        }
    }

    [Fact]
    public void Documents_are_the_runs_of_sentences_with_one_number()
    {
        NerSentence S(int document) => new(["x"], [], document);
        Assert.Equal([(0, 2), (2, 1), (3, 2)], EntityTaggerTrainer.DocumentRuns([S(0), S(0), S(1), S(0), S(0)]));
    }

    /// <summary>Short made-up travel reports, three sentences to a document.</summary>
    private static (List<NerSentence>, List<string[]>) Corpus()
    {
        string[][] people = [["Maria", "Lopez"], ["John", "Smith"], ["Ana", "Silva"], ["Li", "Wei"]];
        string[] places = ["Kenya", "France", "Peru", "Japan", "Chile"];
        string[] times = ["Yesterday", "Today", "Later"];
        var sentences = new List<NerSentence>();
        var upos = new List<string[]>();
        int document = 0;
        foreach (var person in people)
            foreach (string place in places)
            {
                foreach (string time in times)
                {
                    sentences.Add(new NerSentence([time, .. person, "visited", place, "."], [new(1, 3, "PER"), new(4, 5, "LOC")], document));
                    upos.Add(["NOUN", "PROPN", "PROPN", "VERB", "PROPN", "PUNCT"]);
                }
                document++;
            }
        return (sentences, upos);
    }
}
