using Parley.Nlp.Conllu;
using Parley.Nlp.Evaluation;
using Parley.Nlp.Tokenization;

namespace Parley.Tests.Nlp;

public sealed class RawTextCorpusTests
{
    private const string Gold = """
        # newdoc id = d1
        # newpar
        # text = I don't know.
        1	I	I	PRON	PRP	_	4	nsubj	_	_
        2-3	don't	_	_	_	_	_	_	_	_
        2	do	do	AUX	VBP	_	4	aux	_	_
        3	n't	not	PART	RB	_	4	advmod	_	_
        4	know	know	VERB	VB	_	0	root	_	SpaceAfter=No
        5	.	.	PUNCT	.	_	4	punct	_	_

        # text = Ask him.
        1	Ask	ask	VERB	VB	_	0	root	_	_
        2	him	he	PRON	PRP	_	1	obj	_	SpaceAfter=No
        3	.	.	PUNCT	.	_	1	punct	_	_

        # newpar
        # text = Fine
        1	Fine	fine	ADJ	JJ	_	0	root	_	_

        """;

    private static List<ConlluSentence> GoldSentences() => [.. ConlluReader.Read(new StringReader(Gold))];

    [Fact]
    public void Rebuilds_the_raw_text_the_shared_task_way()
    {
        var corpus = RawTextCorpus.FromConllu(GoldSentences());
        // a space between sentences of a paragraph, a blank line between paragraphs, a final newline
        Assert.Equal("I don't know. Ask him.\n\nFine\n", corpus.Text);
        Assert.Equal([13, 22, 28], corpus.SentenceEnds);
        Assert.Equal(2, corpus.Paragraphs.Count);
    }

    [Fact]
    public void Without_an_analyser_only_the_segmentation_is_filled()
    {
        var corpus = RawTextCorpus.FromConllu(GoldSentences());
        var system = corpus.Analyse(Tokenizer.Default);
        Assert.Equal(3, system.Count);
        Assert.Equal(["I", "do", "n't", "know", "."], system[0].Words.Select(w => w.Form));
        Assert.Equal("don't", Assert.Single(system[0].Multiwords).Form);
        Assert.All(system[0].Words, w => Assert.Equal(-1, w.Head));
        var scores = UdEvaluator.Evaluate(corpus.Gold, system);
        Assert.Equal(1.0, scores.Tokens.F1);
        Assert.Equal(1.0, scores.Words.F1);
        Assert.Equal(1.0, scores.Sentences.F1);
        Assert.Equal(0.0, scores.Uas.F1);
    }

    [Fact]
    public void An_analyser_fills_tags_and_heads_and_the_output_round_trips_through_conllu()
    {
        var corpus = RawTextCorpus.FromConllu(GoldSentences());
        // a toy analyser: every word is a NOUN attached to the first word, which is the root
        WordAnalysis[] Toy(string[] forms) =>
            [.. forms.Select((f, i) => new WordAnalysis(f.ToLowerInvariant(), "NOUN", "NN", "_", i == 0 ? 0 : 1, i == 0 ? "root" : "dep"))];
        var system = corpus.Analyse(Tokenizer.Default, Toy);
        var written = new StringWriter();
        ConlluWriter.Write(written, system);
        var reread = ConlluReader.Read(new StringReader(written.ToString())).ToList();
        var scores = UdEvaluator.Evaluate(corpus.Gold, reread);
        // heads right: "Ask" (root) and "him", "." (→ Ask) in sentence 2; "Fine" (root); in sentence 1 none
        // (gold heads there point to "know", the 4th word) → UAS = 4 of 5 + 3 + 1 = 9 gold words.
        Assert.Equal(4, scores.Uas.Correct);
        Assert.Equal(9, scores.Uas.GoldTotal);
        Assert.Equal(1.0, scores.Tokens.F1);
    }
}
