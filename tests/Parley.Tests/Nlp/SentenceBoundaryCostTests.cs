using Parley.Nlp.Conllu;
using Parley.Nlp.Evaluation;
using Parley.Nlp.Tokenization;

namespace Parley.Tests.Nlp;

public sealed class SentenceBoundaryCostTests
{
    // Two gold sentences in one paragraph; the second starts in lower case, so the splitter never ends the first
    // (a word before a lower-case word does not end a sentence): one missed end, no added one.
    private const string Gold = """
        # newpar
        # text = the cat sat
        1	the	the	DET	DT	_	2	det	_	_
        2	cat	cat	NOUN	NN	_	3	nsubj	_	_
        3	sat	sit	VERB	VBD	_	0	root	_	_

        # text = a dog ran
        1	a	a	DET	DT	_	2	det	_	_
        2	dog	dog	NOUN	NN	_	3	nsubj	_	_
        3	ran	run	VERB	VBD	_	0	root	_	_

        """;

    /// <summary>Each word's head is the next word; the last is the root.</summary>
    private static WordAnalysis[] Chain(string[] forms) =>
        [.. forms.Select((f, i) => new WordAnalysis(f, "X", "X", "_", i + 1 < forms.Length ? i + 2 : 0, i + 1 < forms.Length ? "dep" : "root"))];

    [Fact]
    public void Restoring_the_missed_end_gives_back_the_head_that_crossed_it()
    {
        var corpus = RawTextCorpus.FromConllu([.. ConlluReader.Read(new StringReader(Gold))]);
        var cost = SentenceBoundaryCost.Measure(corpus, Tokenizer.Default, Chain);

        Assert.Equal(1, cost.MissedEnds);
        Assert.Equal(0, cost.AddedEnds);
        // merged: 'sat' hangs on the second 'a' instead of being a root, 5 of 6 heads right
        Assert.Equal(5.0 / 6, cost.System.Uas.F1, 6);
        Assert.Equal(1.0, cost.MissedRestored.Uas.F1, 6);
        Assert.Equal(cost.System.Uas.F1, cost.AddedRemoved.Uas.F1, 6);
        Assert.Equal(1.0, cost.GoldSentences.Sentences.F1, 6);
    }
}
