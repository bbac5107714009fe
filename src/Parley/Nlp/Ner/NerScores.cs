namespace Parley.Nlp.Entities;

/// <summary>Exact-span counts of one entity type (or of all, <see cref="NerScorer.Overall"/>): a prediction is right when its start, end and type all match a gold mention.</summary>
public sealed record NerScores(string Type, int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
