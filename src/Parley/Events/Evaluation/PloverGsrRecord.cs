namespace Parley.Events.Evaluation;

/// <summary>
/// One PLOVER gold-standard record (<c>PLOVER_GSR_dev.json</c>, format v0.5b1): a sentence, its event type mapped to
/// PLOVER v2.0, and the source and target actor codes (CAMEO country codes, mostly ISO-3: "JAP" for Japan).
/// </summary>
public sealed record PloverGsrRecord(string Id, string Text, PloverType Type, string OriginalLabel, IReadOnlyList<string> SourceCodes,
    IReadOnlyList<string> TargetCodes, string? EventText);
