namespace Parley.Events.Evaluation;

/// <summary>
/// The result of <c>parley eval-plover</c>. The system's prediction for a record is its most confident event.
/// <see cref="TypeRecall"/>: records where some system event has the gold type; <see cref="TypeAccuracy"/>: records
/// whose prediction has the gold type, over records with a prediction; country scores are over records whose
/// prediction has the right type and whose gold gives codes (accuracy) or over all records with gold codes (recall).
/// </summary>
public sealed record PloverEvalReport
{
    public required int Records { get; init; }
    public required int WithPrediction { get; init; }
    public required double TypeRecall { get; init; }
    public required double TypeAccuracy { get; init; }
    public required FieldAccuracy SourceCountry { get; init; }
    public required double SourceCountryRecall { get; init; }
    public required FieldAccuracy TargetCountry { get; init; }
    public required double TargetCountryRecall { get; init; }

    /// <summary>Per gold type: records and how many some system event typed right.</summary>
    public required IReadOnlyList<FieldAccuracy> PerType { get; init; }

    public IReadOnlyList<string> Problems { get; init; } = [];
}
