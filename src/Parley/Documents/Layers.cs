using Parley.Articles;
using Parley.Dates;
using Parley.Time;

namespace Parley.Documents;

/// <summary>The layer keys of the pipeline, one per layer, in the order stages usually produce them.</summary>
public static class Layers
{
    /// <summary>Title, dateline, timestamp, byline and flagged boilerplate lines.</summary>
    public static readonly LayerKey<ArticleHeader> Header = new("header");

    /// <summary>The date relative expressions resolve against, with its source and evidence (SPEC §2).</summary>
    public static readonly LayerKey<ReferenceDate> ReferenceDate = new("reference-date");

    /// <summary>Time expressions of the title and body with TIMEX3 values resolved against the reference date.</summary>
    public static readonly LayerKey<TimeExpressionLayer> Times = new("times");
}
