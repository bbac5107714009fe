namespace Parley.Nlp.Evaluation;

/// <summary>
/// One CoNLL 2018 metric: <see cref="Correct"/> items out of <see cref="GoldTotal"/> gold and
/// <see cref="SystemTotal"/> system items, and, for metrics over aligned words, how many were aligned.
/// </summary>
public readonly record struct UdScore(int Correct, int GoldTotal, int SystemTotal, int? Aligned = null)
{
    public double Precision => SystemTotal == 0 ? 0 : (double)Correct / SystemTotal;
    public double Recall => GoldTotal == 0 ? 0 : (double)Correct / GoldTotal;
    public double F1 => GoldTotal + SystemTotal == 0 ? 0 : 2.0 * Correct / (GoldTotal + SystemTotal);

    /// <summary>Correct / aligned words (the shared task's "AligndAcc"), or null for span metrics.</summary>
    public double? AlignedAccuracy => Aligned is { } a ? (a == 0 ? 0 : (double)Correct / a) : null;

    public override string ToString() =>
        $"P {100 * Precision:F2} R {100 * Recall:F2} F1 {100 * F1:F2}" + (AlignedAccuracy is { } acc ? $" AlignedAcc {100 * acc:F2}" : "");
}
