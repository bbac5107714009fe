using Parley.Nlp.Conllu;
using Parley.Tests.Support;

namespace Parley.Tests.Nlp;

public sealed class ConlluReaderTests
{
    private const string Sample = """
        # newdoc id = d1
        # sent_id = s1
        # text = I don't know.
        1	I	I	PRON	PRP	_	3	nsubj	_	_
        2-3	don't	_	_	_	_	_	_	_	_
        2	do	do	AUX	VBP	_	4	aux	_	_
        3	n't	not	PART	RB	_	4	advmod	_	_
        4	know	know	VERB	VB	_	0	root	_	SpaceAfter=No
        4.1	x	x	X	X	_	_	_	_	_
        5	.	.	PUNCT	.	_	4	punct	_	_

        """;

    [Fact]
    public void Reads_words_multiword_tokens_and_comments_and_skips_empty_nodes()
    {
        var sent = Assert.Single(ConlluReader.Read(new StringReader(Sample)));
        Assert.Equal("I don't know.", sent.Text);
        Assert.True(sent.StartsDocument);
        Assert.Equal(5, sent.Words.Count);
        Assert.Equal(["I", "don't", "know", "."], sent.Tokens().Select(t => t.Form));
        Assert.False(sent.Words[3].SpaceAfter);
        Assert.Equal(0, sent.Words[3].Head);
    }

    [Fact]
    public void Writer_round_trips_the_reader()
    {
        var sent = ConlluReader.Read(new StringReader(Sample)).ToList();
        var text = new StringWriter();
        ConlluWriter.Write(text, sent);
        var again = ConlluReader.Read(new StringReader(text.ToString())).ToList();
        Assert.Equal(sent[0].Words, again[0].Words);
        Assert.Equal(sent[0].Multiwords, again[0].Multiwords);
    }

    [Fact]
    public void A_line_with_the_wrong_number_of_columns_names_the_line()
    {
        var ex = Assert.Throws<ConlluFormatException>(() => ConlluReader.Read(new StringReader("1\tI\tI\n"), "bad.conllu").ToList());
        Assert.Contains("bad.conllu:1", ex.Message);
    }

    [SharedFact]
    public void Reads_the_whole_EWT_training_treebank()
    {
        var sents = ConlluReader.ReadFile(SharedData.Path("data", "ud-english-ewt", "en_ewt-ud-train.conllu.gz")).ToList();
        Assert.True(sents.Count > 12_000, $"only {sents.Count} sentences");
        Assert.All(sents.Take(200), s => Assert.False(string.IsNullOrEmpty(s.Text)));
    }
}
