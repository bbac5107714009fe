using Parley.Dates;
using Parley.Entities;
using Parley.Entities.Actors;

namespace Parley.Pipeline;

/// <summary>Shared resources stages are built from (model folders, constraint sources), created once per pipeline.</summary>
public sealed record StageContext
{
    public static StageContext Default { get; } = new();

    /// <summary>The gazetteer, actor knowledge base and entity lexicons (the copies embedded in the assembly by default).</summary>
    public EntityResources EntityResources { get; init; } = EntityResources.Default;

    /// <summary>Extra constraints for the reference-date solver: by default the tenure of the offices the text names.</summary>
    public IReadOnlyList<IDateConstraintSource> DateConstraintSources { get; init; } = [new OfficeTenureConstraints(EntityResources.Default)];
}
