using Parley.Nlp.Conllu;
using Parley.Nlp.Tagging;
using Parley.Tests.Support;

namespace Parley.Tests.Nlp;

public sealed class TaggerTests
{
    private static readonly IReadOnlyList<ConlluSentence> Toy = NlpTestData.ToyTreebank();

    [Fact]
    public void Learns_the_toy_treebank_and_tags_an_unseen_combination()
    {
        var tagger = TaggerTrainer.Train(Toy, epochs: 5, seed: 1);
        string[] words = ["The", "new", "army", "signs", "a", "treaty", "."];
        var upos = new string[words.Length];
        var xpos = new string[words.Length];
        tagger.Tag(words, upos, xpos);
        Assert.Equal(["DET", "ADJ", "NOUN", "VERB", "DET", "NOUN", "PUNCT"], upos);
        Assert.Equal(["DT", "JJ", "NN", "VBZ", "DT", "NN", "."], xpos);
    }

    [Fact]
    public void Save_and_load_round_trip_tags_identically()
    {
        var tagger = TaggerTrainer.Train(Toy, epochs: 3, seed: 1);
        string path = Path.Combine(Path.GetTempPath(), $"parley-tagger-{Guid.NewGuid():N}.bin");
        try
        {
            tagger.Save(path);
            var loaded = Tagger.Load(path);
            foreach (var sent in Toy.Take(20))
            {
                var words = sent.Words.Select(w => w.Form).ToArray();
                int[] u1 = new int[words.Length], x1 = new int[words.Length], u2 = new int[words.Length], x2 = new int[words.Length];
                tagger.Tag(words, u1, x1);
                loaded.Tag(words, u2, x2);
                Assert.Equal(u1, u2);
                Assert.Equal(x1, x2);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Training_twice_gives_identical_model_bytes()
    {
        Assert.Equal(Bytes(TaggerTrainer.Train(Toy, 3, 7)), Bytes(TaggerTrainer.Train(Toy, 3, 7)));
    }

    [Fact]
    public void Refuses_a_file_that_is_not_a_tagger_model()
    {
        string path = Path.Combine(Path.GetTempPath(), $"parley-bad-{Guid.NewGuid():N}.bin");
        File.WriteAllText(path, "not a model at all");
        try
        {
            Assert.Throws<InvalidDataException>(() => Tagger.Load(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_cut_off_model_file_is_refused_with_its_path()
    {
        string whole = Path.Combine(Path.GetTempPath(), $"parley-whole-{Guid.NewGuid():N}.bin");
        string cut = Path.Combine(Path.GetTempPath(), $"parley-cut-{Guid.NewGuid():N}.bin");
        try
        {
            TaggerTrainer.Train(Toy, 3, 7).Save(whole);
            byte[] bytes = File.ReadAllBytes(whole);
            File.WriteAllBytes(cut, bytes[..(bytes.Length / 2)]);
            var ex = Assert.Throws<InvalidDataException>(() => Tagger.Load(cut));
            Assert.Contains(cut, ex.Message);
        }
        finally
        {
            File.Delete(whole);
            File.Delete(cut);
        }
    }

    [SharedFact]
    public void Training_twice_on_an_ewt_slice_gives_identical_model_bytes()
    {
        var slice = ConlluReader.ReadFile(SharedData.Path("data", "ud-english-ewt", "en_ewt-ud-dev.conllu.gz")).Take(300).ToArray();
        Assert.Equal(Bytes(TaggerTrainer.Train(slice, 2, 3)), Bytes(TaggerTrainer.Train(slice, 2, 3)));
    }

    internal static byte[] Bytes(Tagger tagger)
    {
        string path = Path.Combine(Path.GetTempPath(), $"parley-tagger-{Guid.NewGuid():N}.bin");
        try
        {
            tagger.Save(path);
            return File.ReadAllBytes(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
