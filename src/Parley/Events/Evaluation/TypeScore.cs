namespace Parley.Events.Evaluation;

/// <summary>Detection and strict scores of one PLOVER type (gold and system events of that type).</summary>
public sealed record TypeScore(string Type, int Gold, int System, PrecisionRecall Detection, PrecisionRecall Strict);
