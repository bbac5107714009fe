using Parley.Dates;
using Parley.Entities;
using Parley.Entities.Actors;
using Parley.Nlp.Entities;
using Parley.Nlp.Learning;
using Parley.Nlp.Training;

namespace Parley.Pipeline;

/// <summary>
/// Shared resources stages are built from (model folders, constraint sources), created once per pipeline. Nothing heavy is
/// loaded until a stage asks for it: the entity resources and the NLP models (seconds of work) are read only by pipelines
/// whose stages use them, so commands that only read the store never pay for them.
/// </summary>
public sealed record StageContext
{
    // Declared before Default: static initializers run in text order.
    private static readonly Lazy<NlpModels> DefaultNlpModels = new(() => Nlp.Training.NlpModels.Load(ModelPaths.EnglishUd));

    private static readonly Lazy<EntityTagger> DefaultEntityTagger = new(() =>
        Nlp.Entities.EntityTagger.TryLoadDefault(out string? why) ?? throw new FileNotFoundException($"No named-entity model: {why}."));

    private readonly EntityResources? _entityResources;
    private IReadOnlyList<IDateConstraintSource>? _dateConstraintSources;

    public static StageContext Default { get; } = new();

    /// <summary>The gazetteer, actor knowledge base and entity lexicons (the copies embedded in the assembly by default, loaded on first use).</summary>
    public EntityResources EntityResources { get => _entityResources ?? EntityResources.Default; init => _entityResources = value; }

    /// <summary>The tagger, lemmatizer and parser, loaded on first use from <see cref="ModelPaths.EnglishUd"/> (or <c>$PARLEY_MODELS</c>).</summary>
    public Lazy<NlpModels> NlpModels { get; init; } = DefaultNlpModels;

    /// <summary>The named-entity tagger, loaded on first use from <c>models/ner/</c> (or <c>$PARLEY_MODELS/ner/</c>).</summary>
    public Lazy<EntityTagger> EntityTagger { get; init; } = DefaultEntityTagger;

    /// <summary>Extra constraints for the reference-date solver: by default the tenure of the offices the text names.</summary>
    public IReadOnlyList<IDateConstraintSource> DateConstraintSources
    {
        // Built on first read (a benign race at worst builds two equal lists); the source loads its resources on its first document.
        get => _dateConstraintSources ??= [new OfficeTenureConstraints(() => EntityResources)];
        init => _dateConstraintSources = value;
    }
}
