namespace Parley.Pipeline;

/// <summary>A catalogue entry: a stage's name, phase, one-line purpose and how to build it.</summary>
public sealed record StageDescriptor(string Name, StagePhase Phase, string Purpose, Func<StageContext, IStage> Create);
