using Parley.Articles;
using Parley.Dates;
using Parley.Documents;
using Parley.Nlp.Entities;
using Parley.Nlp.Parsing;
using Parley.Nlp.Tagging;
using Parley.Nlp.Tokenization;
using Parley.Entities;
using Parley.Events.Extraction;
using Parley.Time;

namespace Parley.Pipeline;

/// <summary>
/// The one place that registers stages, in pipeline order. No reflection and no static registration:
/// a new stage is a new line here, and the architecture tests check every entry.
/// </summary>
public static class StageCatalog
{
    public static IReadOnlyList<StageDescriptor> All { get; } =
    [
        new("header", StagePhase.Ingest, "title, dateline, timestamp, byline; flags web boilerplate",
            _ => new HeaderStage()),
        new("reference-date", StagePhase.Ingest, "the date relative expressions resolve against, with evidence (SPEC §2)",
            ctx => new ReferenceDateStage(ctx.DateConstraintSources)),
        new("tokenize", StagePhase.Analysis, "tokens, syntactic words (multi-word tokens split) and sentences of the body",
            _ => new TokenizerStage()),
        new("tagger", StagePhase.Analysis, "UPOS and XPOS tags, lemmas and UD features of every word (averaged perceptron)",
            ctx => new TaggerStage<TokenizedText>(ctx.NlpModels.Value.Tagger, ctx.NlpModels.Value.Lemmatizer, Layers.Tokens, Layers.Tags)),
        new("parser", StagePhase.Analysis, "UD dependency trees (arc-hybrid transition parser)",
            ctx => new ParserStage<TokenizedText>(ctx.NlpModels.Value.Parser, Layers.Tokens, Layers.Tags, Layers.Dependencies)),
        new("ner", StagePhase.Analysis, "named-entity mentions: person, organisation, place, event (averaged-perceptron BIO tagger, GUM + re3d)",
            ctx => new NerStage(ctx.EntityTagger.Value)),
        new("entities", StagePhase.Analysis, "actors and places: appositions, knowledge base as of the reference date, metonyms, role nouns, NER names, pronoun coreference, GeoNames (SPEC §6)",
            ctx => new EntityStage(ctx.EntityResources)),
        new("times", StagePhase.Analysis, "time expressions with TIMEX3 values against the reference date, direction by the clause's tense",
            _ => new TimeExpressionStage(new TimeTagger(new PosTenseCue()))),
        new("events", StagePhase.Analysis, "PLOVER events read off the dependency trees: triggers, arguments, modality, claimant, date, place (SPEC §4–§5)",
            _ => new EventExtractionStage()),
    ];

    /// <summary>Builds the pipeline of every stage up to and including <paramref name="phase"/>.</summary>
    public static AnalysisPipeline Build(StagePhase phase, StageContext? context = null)
    {
        var ctx = context ?? StageContext.Default;
        var builder = new PipelineBuilder();
        foreach (var entry in All.Where(e => e.Phase <= phase))
            builder.Add(entry.Create(ctx));
        return builder.Build();
    }

    /// <summary>
    /// Builds the Analysis-phase stages, up to and including <paramref name="lastStage"/> (all when null), for documents
    /// that already carry their ingest layers — stored articles rebuilt with <see cref="Store.StoredArticle.ToDocument"/>.
    /// </summary>
    public static AnalysisPipeline BuildForStored(string? lastStage = null, StageContext? context = null)
    {
        var ctx = context ?? StageContext.Default;
        var builder = new PipelineBuilder().Given(Store.StoredArticle.IngestLayers);
        foreach (var entry in All.Where(e => e.Phase == StagePhase.Analysis))
        {
            builder.Add(entry.Create(ctx));
            if (entry.Name == lastStage) return builder.Build();
        }
        if (lastStage is not null)
            throw new PipelineException(Errors.ErrorCode.UnknownStage, $"No analysis stage named '{lastStage}' in the catalogue.");
        return builder.Build();
    }
}
