namespace Parley.Events.Evaluation;

/// <summary>One gold event (SPEC §8). Optional fields are null when absent or null in the file; <see cref="Modes"/> is empty then.</summary>
public sealed record GoldEvent
{
    public required PloverType Type { get; init; }
    public IReadOnlyList<string> Modes { get; init; } = [];
    public required EventModality Modality { get; init; }
    public required IReadOnlyList<GoldActor> Actors { get; init; }
    public IReadOnlyList<GoldActor> Recipients { get; init; } = [];

    /// <summary>Verbatim words of the article inside the sentence that states the event, unique in the document.</summary>
    public required string Anchor { get; init; }

    public string? Date { get; init; }
    public string? Place { get; init; }
    public string? Occasion { get; init; }
    public GoldActor? Claimant { get; init; }

    /// <summary>1-based line of the gold file.</summary>
    public int Line { get; init; }

    /// <summary>1-based position among the document's events, as written in the file.</summary>
    public int Index { get; init; }
}
