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

    /// <summary>Records whose gold type no system event has, or whose prediction has another type.</summary>
    public IReadOnlyList<PloverMiss> Misses { get; init; } = [];

    public IReadOnlyList<string> Problems { get; init; } = [];
}

/// <summary>
/// One record the system got wrong: the gold type and countries, the types predicted (most confident first; empty when
/// nothing was found) and the record's text, so an analyst can see why.
/// </summary>
public sealed record PloverMiss(string Id, string GoldType, IReadOnlyList<string> Predicted, IReadOnlyList<string> GoldSource,
    IReadOnlyList<string> GoldTarget, string Text);
