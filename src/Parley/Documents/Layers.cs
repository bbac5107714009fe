using Parley.Articles;
using Parley.Dates;
using Parley.Events;

namespace Parley.Documents;

/// <summary>The layer keys of the pipeline, one per layer, in the order stages usually produce them.</summary>
public static class Layers
{
    /// <summary>Title, dateline, timestamp, byline and flagged boilerplate lines.</summary>
    public static readonly LayerKey<ArticleHeader> Header = new("header");

    /// <summary>The date relative expressions resolve against, with its source and evidence (SPEC §2).</summary>
    public static readonly LayerKey<ReferenceDate> ReferenceDate = new("reference-date");

    /// <summary>Event records read off the document (SPEC §4), produced by the event extraction stage.</summary>
    public static readonly LayerKey<EventLayer> Events = new("events");
}
