namespace Parley.Time.Evaluation;

/// <summary>
/// Scores of one corpus split. Strict: spans equal; relaxed: spans overlap (one-to-one, in text order). Type and value
/// accuracy are over the relaxed matches; a GUM value is right when it covers the same days as the annotation.
/// </summary>
public sealed record TimexScore(string Corpus, string Split, int Documents, int Tokens, int Gold, int System,
    int StrictMatches, int RelaxedMatches, int TypeCorrect, int TypeCompared, int ValueCorrect)
{
    public double StrictPrecision => Ratio(StrictMatches, System);
    public double StrictRecall => Ratio(StrictMatches, Gold);
    public double StrictF1 => F1(StrictPrecision, StrictRecall);
    public double RelaxedPrecision => Ratio(RelaxedMatches, System);
    public double RelaxedRecall => Ratio(RelaxedMatches, Gold);
    public double RelaxedF1 => F1(RelaxedPrecision, RelaxedRecall);

    /// <summary>Type accuracy over relaxed matches; NaN where the corpus has no types (GUM).</summary>
    public double TypeAccuracy => TypeCompared == 0 ? double.NaN : (double)TypeCorrect / TypeCompared;
    public double ValueAccuracy => Ratio(ValueCorrect, RelaxedMatches);

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);

    public static TimexScore operator +(TimexScore a, TimexScore b) => new(a.Corpus, "all", a.Documents + b.Documents, a.Tokens + b.Tokens,
        a.Gold + b.Gold, a.System + b.System, a.StrictMatches + b.StrictMatches, a.RelaxedMatches + b.RelaxedMatches,
        a.TypeCorrect + b.TypeCorrect, a.TypeCompared + b.TypeCompared, a.ValueCorrect + b.ValueCorrect);
}
