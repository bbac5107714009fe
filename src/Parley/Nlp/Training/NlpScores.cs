namespace Parley.Nlp.Training;

/// <summary>
/// Accuracies (percent) on gold tokenization. <see cref="Las"/> follows CoNLL 2018 (relation subtypes ignored);
/// <see cref="LasFull"/> compares full relations such as <c>nmod:poss</c>. Punctuation counts.
/// </summary>
public sealed record NlpScores(int Sentences, int Words, double Upos, double Xpos, double UFeats, double Lemma, double Uas, double Las, double LasFull, double Seconds)
{
    public double WordsPerSecond => Words / Math.Max(Seconds, 1e-9);

    public override string ToString() =>
        $"words {Words}: UPOS {Upos:F2} XPOS {Xpos:F2} UFeats {UFeats:F2} Lemma {Lemma:F2} UAS {Uas:F2} LAS {Las:F2} (full labels {LasFull:F2}); {WordsPerSecond:F0} words/s";
}
