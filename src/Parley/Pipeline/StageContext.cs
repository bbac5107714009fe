using Parley.Dates;

namespace Parley.Pipeline;

/// <summary>Shared resources stages are built from (model folders, constraint sources), created once per pipeline.</summary>
public sealed record StageContext
{
    public static StageContext Default { get; } = new();

    /// <summary>Extra constraints for the reference-date solver (office tenures, once the entities stage provides them).</summary>
    public IReadOnlyList<IDateConstraintSource> DateConstraintSources { get; init; } = [];
}
