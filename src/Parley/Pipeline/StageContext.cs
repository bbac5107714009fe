using Parley.Dates;
using Parley.Entities;
using Parley.Entities.Actors;
using Parley.Nlp.Learning;
using Parley.Nlp.Training;

namespace Parley.Pipeline;

/// <summary>Shared resources stages are built from (model folders, constraint sources), created once per pipeline.</summary>
public sealed record StageContext
{
    // Declared before Default: static initializers run in text order.
    private static readonly Lazy<NlpModels> DefaultNlpModels = new(() => Nlp.Training.NlpModels.Load(ModelPaths.EnglishUd));

    public static StageContext Default { get; } = new();

    /// <summary>The gazetteer, actor knowledge base and entity lexicons (the copies embedded in the assembly by default).</summary>
    public EntityResources EntityResources { get; init; } = EntityResources.Default;

    /// <summary>Extra constraints for the reference-date solver: by default the tenure of the offices the text names.</summary>
    /// <summary>The tagger, lemmatizer and parser, loaded on first use from <see cref="ModelPaths.EnglishUd"/> (or <c>$PARLEY_MODELS</c>).</summary>
    public Lazy<NlpModels> NlpModels { get; init; } = DefaultNlpModels;

    public IReadOnlyList<IDateConstraintSource> DateConstraintSources { get; init; } = [new OfficeTenureConstraints(EntityResources.Default)];
}
