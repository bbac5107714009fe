using Parley.Nlp.Conllu;
using Parley.Nlp.Evaluation;

namespace Parley.Tests.Nlp;

/// <summary>The CoNLL 2018 scorer on hand-made cases; every expected value is worked out in a comment.</summary>
public sealed class UdEvaluatorTests
{
    /// <summary>Rows "id form lemma upos head deprel [SpaceAfter=No]" (or "a-b form" for a multi-word token),
    /// one sentence per blank-line-separated block.</summary>
    private static List<ConlluSentence> Parse(string rows)
    {
        var lines = rows.Split('\n').Select(l => l.Trim()).Select(l =>
        {
            if (l.Length == 0) return "";
            var c = l.Split(' ');
            if (c[0].Contains('-')) return $"{c[0]}\t{c[1]}\t_\t_\t_\t_\t_\t_\t_\t_";
            string misc = c.Length > 6 ? c[6] : "_";
            return $"{c[0]}\t{c[1]}\t{c[2]}\t{c[3]}\t{c[3]}\t_\t{c[4]}\t{c[5]}\t_\t{misc}";
        });
        return [.. ConlluReader.Read(new StringReader(string.Join('\n', lines) + "\n\n"))];
    }

    private const string IKnowIt = """
        1 I I PRON 2 nsubj
        2 know know VERB 0 root
        3 it it PRON 2 obj SpaceAfter=No
        4 . . PUNCT 2 punct
        """;

    [Fact]
    public void A_perfect_match_scores_100_everywhere()
    {
        var gold = Parse(IKnowIt);
        var scores = UdEvaluator.Evaluate(gold, Parse(IKnowIt));
        foreach (var (metric, score) in scores.All())
            Assert.True(score.F1 == 1.0, $"{metric}: {score}");
        Assert.Equal(4, scores.Words.Correct);
    }

    [Fact]
    public void A_token_split_in_three_costs_precision_and_recall()
    {
        // gold: Send | e-mail | now | .  (4 tokens)   system: Send | e | - | mail | now | .  (6 tokens)
        // correct spans: Send, now, . = 3  →  P = 3/6 = 50 %, R = 3/4 = 75 %, F1 = 2·3/(4+6) = 60 %
        var gold = Parse("""
            1 Send send VERB 0 root
            2 e-mail e-mail NOUN 1 obj
            3 now now ADV 1 advmod SpaceAfter=No
            4 . . PUNCT 1 punct
            """);
        var system = Parse("""
            1 Send send VERB 0 root
            2 e e NOUN 1 obj SpaceAfter=No
            3 - - PUNCT 2 punct SpaceAfter=No
            4 mail mail NOUN 2 compound
            5 now now ADV 1 advmod SpaceAfter=No
            6 . . PUNCT 1 punct
            """);
        var scores = UdEvaluator.Evaluate(gold, system);
        Assert.Equal(new UdScore(3, 4, 6), scores.Tokens);
        Assert.Equal(0.60, scores.Tokens.F1, 10);
        Assert.Equal(0.50, scores.Tokens.Precision, 10);
        Assert.Equal(0.75, scores.Tokens.Recall, 10);
        // words are the tokens here: 3 aligned of 4 gold and 6 system → F1 60 %; all three have the right head
        // (Send is root; now and . attach to Send, which is aligned) → UAS = 3/4 recall, 3/6 precision.
        Assert.Equal(3, scores.Words.Correct);
        Assert.Equal(new UdScore(3, 4, 6, 3), scores.Uas);
        Assert.Equal(1.0, scores.Uas.AlignedAccuracy);
    }

    [Fact]
    public void An_unsplit_multiword_token_loses_its_words_but_not_the_token()
    {
        // gold: I don't(do n't) know .  → 4 tokens, 5 words.  system: "don't" as one word → 4 tokens, 4 words.
        // Tokens: all 4 spans match → 100 %. Words: inside the multi-word stretch the LCS of {do, n't} and
        // {don't} is empty, so only I, know, . align: P = 3/4 = 75 %, R = 3/5 = 60 %, F1 = 2·3/(5+4) = 66.67 %.
        var gold = Parse("""
            1 I I PRON 4 nsubj
            2-3 don't
            2 do do AUX 4 aux
            3 n't not PART 4 advmod
            4 know know VERB 0 root SpaceAfter=No
            5 . . PUNCT 4 punct
            """);
        var system = Parse("""
            1 I I PRON 3 nsubj
            2 don't do AUX 3 aux
            3 know know VERB 0 root SpaceAfter=No
            4 . . PUNCT 3 punct
            """);
        var scores = UdEvaluator.Evaluate(gold, system);
        Assert.Equal(1.0, scores.Tokens.F1);
        Assert.Equal(new UdScore(3, 5, 4, 3), scores.Words);
        Assert.Equal(2.0 * 3 / 9, scores.Words.F1, 10);
        // I → know, know (root) and . → know are right among the 3 aligned words: UAS = 3 correct,
        // P = 3/4, R = 3/5; aligned accuracy 100 %.
        Assert.Equal(new UdScore(3, 5, 4, 3), scores.Uas);
    }

    [Fact]
    public void A_correctly_split_multiword_token_aligns_its_words_by_form()
    {
        var gold = Parse("""
            1 I I PRON 4 nsubj
            2-3 don't
            2 do do AUX 4 aux
            3 n't not PART 4 advmod
            4 know know VERB 0 root SpaceAfter=No
            5 . . PUNCT 4 punct
            """);
        var scores = UdEvaluator.Evaluate(gold, Parse("""
            1 I I PRON 4 nsubj
            2-3 don't
            2 DO do AUX 4 aux
            3 N'T not PART 4 advmod
            4 know know VERB 0 root SpaceAfter=No
            5 . . PUNCT 4 punct
            """));
        // the text must be the same, but word forms inside a multi-word token are compared lower-cased:
        // all five words align, and all heads match
        Assert.Equal(1.0, scores.Words.F1);
        Assert.Equal(1.0, scores.Las.F1);
    }

    [Fact]
    public void A_wrong_head_and_a_wrong_label_count_separately()
    {
        // system: "it" attached to "I" (wrong head); "." labelled dep instead of punct (right head).
        // UAS = 3/4 = 75 % (I, know, .); LAS = 2/4 = 50 % (I, know). CLAS counts content words only:
        // gold content = nsubj, root, obj = 3; system content = nsubj, root, obj, dep = 4; correct = I, know = 2
        // → P = 2/4, R = 2/3, F1 = 2·2/(3+4) = 57.14 %.
        var system = Parse("""
            1 I I PRON 2 nsubj
            2 know know VERB 0 root
            3 it it PRON 1 obj SpaceAfter=No
            4 . . PUNCT 2 dep
            """);
        var scores = UdEvaluator.Evaluate(Parse(IKnowIt), system);
        Assert.Equal(0.75, scores.Uas.F1, 10);
        Assert.Equal(0.50, scores.Las.F1, 10);
        Assert.Equal(new UdScore(2, 3, 4, 3), scores.Clas);
        Assert.Equal(4.0 / 7, scores.Clas.F1, 10);
        Assert.Equal(1.0, scores.Upos.F1);
    }

    [Fact]
    public void Mlas_also_needs_the_functional_children_right()
    {
        // system tags "the" PRON instead of DET. Content words: cat (nsubj), sleeps (root) on both sides.
        // CLAS: both right → 2/2 = 100 %. MLAS: "cat" has a functional child (det "the") whose UPOS differs → wrong;
        // "sleeps" has none (punct is not functional) → right: 1/2 = 50 %.
        var gold = Parse("""
            1 the the DET 2 det
            2 cat cat NOUN 3 nsubj
            3 sleeps sleep VERB 0 root SpaceAfter=No
            4 . . PUNCT 3 punct
            """);
        var system = Parse("""
            1 the the PRON 2 det
            2 cat cat NOUN 3 nsubj
            3 sleeps sleep VERB 0 root SpaceAfter=No
            4 . . PUNCT 3 punct
            """);
        var scores = UdEvaluator.Evaluate(gold, system);
        Assert.Equal(1.0, scores.Clas.F1);
        Assert.Equal(new UdScore(1, 2, 2, 2), scores.Mlas);
        Assert.Equal(0.75, scores.Upos.F1, 10);
    }

    [Fact]
    public void Sentence_boundaries_score_as_spans()
    {
        // gold: [Hi .] [Bye .] [Go .]   system: [Hi .] [Bye . Go .]
        // one sentence span matches → P = 1/2, R = 1/3, F1 = 2·1/(3+2) = 40 %; tokens are all right.
        var gold = Parse("""
            1 Hi hi INTJ 0 root SpaceAfter=No
            2 . . PUNCT 1 punct

            1 Bye bye INTJ 0 root SpaceAfter=No
            2 . . PUNCT 1 punct

            1 Go go VERB 0 root SpaceAfter=No
            2 . . PUNCT 1 punct
            """);
        var system = Parse("""
            1 Hi hi INTJ 0 root SpaceAfter=No
            2 . . PUNCT 1 punct

            1 Bye bye INTJ 0 root SpaceAfter=No
            2 . . PUNCT 1 punct
            3 Go go VERB 1 parataxis SpaceAfter=No
            4 . . PUNCT 3 punct
            """);
        var scores = UdEvaluator.Evaluate(gold, system);
        Assert.Equal(new UdScore(1, 3, 2), scores.Sentences);
        Assert.Equal(0.40, scores.Sentences.F1, 10);
        Assert.Equal(1.0, scores.Tokens.F1);
        // heads: Hi, ., Bye, . (→ Bye) are right; Go (gold root, system → Bye) is wrong, and its "." → Go is right.
        Assert.Equal(5, scores.Uas.Correct);
    }

    [Fact]
    public void Different_texts_are_a_broken_contract()
    {
        var other = Parse("""
            1 I I PRON 2 nsubj
            2 knew know VERB 0 root
            3 it it PRON 2 obj SpaceAfter=No
            4 . . PUNCT 2 punct
            """);
        var ex = Assert.Throws<ArgumentException>(() => UdEvaluator.Evaluate(Parse(IKnowIt), other));
        Assert.Contains("differ", ex.Message);
    }
}
