namespace Parley.Events.Evaluation;

/// <summary>Accuracy of one field over strictly matched pairs whose gold event gives the field.</summary>
public sealed record FieldAccuracy(string Field, int Correct, int Total)
{
    /// <summary>Correct / total; 0 when no gold event gives the field.</summary>
    public double Accuracy => Total == 0 ? 0 : (double)Correct / Total;
}
