using Parley.Articles;
using Parley.Dates;
using Parley.Nlp.Entities;
using Parley.Nlp.Parsing;
using Parley.Nlp.Tagging;
using Parley.Nlp.Tokenization;
using Parley.Entities.Actors;
using Parley.Entities.Places;
using Parley.Events;
using Parley.Time;

namespace Parley.Documents;

/// <summary>The layer keys of the pipeline, one per layer, in the order stages usually produce them.</summary>
public static class Layers
{
    /// <summary>Title, dateline, timestamp, byline and flagged boilerplate lines.</summary>
    public static readonly LayerKey<ArticleHeader> Header = new("header");

    /// <summary>The date relative expressions resolve against, with its source and evidence (SPEC §2).</summary>
    public static readonly LayerKey<ReferenceDate> ReferenceDate = new("reference-date");

    /// <summary>Tokens, syntactic words (multi-word tokens split) and sentences of the article body, as columns.</summary>
    public static readonly LayerKey<TokenizedText> Tokens = new("tokens");

    /// <summary>UPOS, XPOS, lemma and UD features of every word of <see cref="Tokens"/>.</summary>
    public static readonly LayerKey<TagLayer> Tags = new("tags");

    /// <summary>The UD dependency tree of every sentence of <see cref="Tokens"/>: head and relation per word.</summary>
    public static readonly LayerKey<DependencyLayer> Dependencies = new("dependencies");

    /// <summary>Named-entity mentions (PER, ORG, LOC, EVENT) of <see cref="Tokens"/> found by the trained entity tagger.</summary>
    public static readonly LayerKey<EntityMentionLayer> EntityMentions = new("entity-mentions");

    /// <summary>Actor mentions resolved to name, role, country, sector and Wikidata id, with evidence (SPEC §6).</summary>
    public static readonly LayerKey<ActorLayer> Actors = new("actors");

    /// <summary>Place mentions resolved to GeoNames ids, coordinates and countries, with evidence.</summary>
    public static readonly LayerKey<PlaceLayer> Places = new("places");

    /// <summary>Event records read off the document (SPEC §4), produced by the event extraction stage.</summary>
    public static readonly LayerKey<EventLayer> Events = new("events");

    /// <summary>Time expressions of the title and body with TIMEX3 values resolved against the reference date.</summary>
    public static readonly LayerKey<TimeExpressionLayer> Times = new("times");
}
