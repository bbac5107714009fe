namespace Parley.Events.Evaluation;

/// <summary>The result of <see cref="EventScorer"/> (SPEC §8), serialised as the <c>--json</c> output of <c>parley eval</c>.</summary>
public sealed record EvalReport
{
    public required int Documents { get; init; }
    public required int GoldEvents { get; init; }
    public required int SystemEvents { get; init; }

    /// <summary>Evidence sentence contains the anchor, base types equal.</summary>
    public required PrecisionRecall Detection { get; init; }

    /// <summary>Detection plus every gold actor and recipient matched (CONSULT/COOPERATE as one participant set).</summary>
    public required PrecisionRecall Strict { get; init; }

    /// <summary>Per type, in the order of the PLOVER list; types with neither gold nor system events are left out.</summary>
    public required IReadOnlyList<TypeScore> PerType { get; init; }

    /// <summary>modality, mode, date, date_lenient, place, claimant — over strict pairs, counting gold fields present.</summary>
    public required IReadOnlyList<FieldAccuracy> Fields { get; init; }

    public required IReadOnlyList<EvalItem> FalsePositives { get; init; }
    public required IReadOnlyList<EvalItem> FalseNegatives { get; init; }

    /// <summary>Detected (sentence and type right) but not strictly matched: the actors are wrong or missing.</summary>
    public required IReadOnlyList<EvalItem> ActorMisses { get; init; }

    /// <summary>Strictly matched, but a field (modality, mode, date, place, claimant) differs from the gold value.</summary>
    public IReadOnlyList<FieldMiss> FieldMisses { get; init; } = [];

    /// <summary>Problems of the gold file and inputs, as printed (file:line: error PARnnn: …).</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];
}
