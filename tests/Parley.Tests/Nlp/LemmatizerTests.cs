using Parley.Nlp.Conllu;
using Parley.Nlp.Lemmatization;

namespace Parley.Tests.Nlp;

public sealed class LemmatizerTests
{
    private const string Treebank = """
        1	Talks	talk	NOUN	NNS	Number=Plur	0	root	_	_

        1	cats	cat	NOUN	NNS	Number=Plur	0	root	_	_

        1	treaties	treaty	NOUN	NNS	Number=Plur	0	root	_	_

        1	parties	party	NOUN	NNS	Number=Plur	0	root	_	_

        1	dogs	dog	NOUN	NNS	Number=Plur	0	root	_	_

        1	signed	sign	VERB	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	0	root	_	_

        1	walked	walk	VERB	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	0	root	_	_

        1	went	go	VERB	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	0	root	_	_

        1	Paris	Paris	PROPN	NNP	Number=Sing	0	root	_	_

        1	London	London	PROPN	NNP	Number=Sing	0	root	_	_

        """;

    private static readonly Lemmatizer Model = LemmatizerTrainer.Train([.. ConlluReader.Read(new StringReader(Treebank))]);

    [Theory]
    [InlineData("went", "VERB", "VBD", "go")]         // exception table
    [InlineData("talks", "NOUN", "NNS", "talk")]      // case-insensitive table hit
    [InlineData("armies", "NOUN", "NNS", "army")]     // learned -ies → -y
    [InlineData("Ministers", "NOUN", "NNS", "minister")] // lower-cased, -s removed
    [InlineData("talked", "VERB", "VBD", "talk")]     // learned -ed
    [InlineData("Geneva", "PROPN", "NNP", "Geneva")]  // proper nouns keep their case
    public void Lemmatizes_seen_and_unseen_words(string form, string upos, string xpos, string lemma) =>
        Assert.Equal(lemma, Model.Lemmatize(form, upos, xpos));

    [Fact]
    public void Guesses_features_from_the_word_then_the_tags()
    {
        Assert.Equal("Mood=Ind|Tense=Past|VerbForm=Fin", Model.Features("went", "VERB", "VBD"));
        Assert.Equal("Number=Plur", Model.Features("armies", "NOUN", "NNS"));
        Assert.Equal("_", Model.Features("quickly", "ADV", "RB"));
    }

    [Fact]
    public void Save_and_load_round_trip()
    {
        string path = Path.Combine(Path.GetTempPath(), $"parley-lemma-{Guid.NewGuid():N}.bin");
        try
        {
            Model.Save(path);
            var loaded = Lemmatizer.Load(path);
            foreach (var form in new[] { "went", "armies", "Geneva", "talked", "cats" })
                Assert.Equal(Model.Lemmatize(form, "X", form == "Geneva" ? "NNP" : form.EndsWith('s') ? "NNS" : "VBD"),
                             loaded.Lemmatize(form, "X", form == "Geneva" ? "NNP" : form.EndsWith('s') ? "NNS" : "VBD"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
