using Parley.Documents;
using Parley.Dates;

namespace Parley.Articles;

/// <summary>
/// What the top of an article says about itself, found in the cleaned text: each part keeps its span.
/// Boilerplate lines (web furniture that survived extraction) are flagged here and excluded from
/// <see cref="Body"/>, the regions later stages analyse.
/// </summary>
public sealed record ArticleHeader
{
    public Span? Title { get; init; }
    public Dateline? Dateline { get; init; }
    public Timestamp? Timestamp { get; init; }
    public Span? Byline { get; init; }

    /// <summary>Lines flagged as boilerplate, in text order.</summary>
    public IReadOnlyList<BoilerplateLine> Boilerplate { get; init; } = [];

    /// <summary>The article text to analyse: the text minus title, dateline, timestamp, byline and boilerplate, in order.</summary>
    public IReadOnlyList<Span> Body { get; init; } = [];
}

/// <summary>A dateline such as <c>MOSCOW, February 3 (RIA Novosti)</c>; the date usually lacks a year.</summary>
public sealed record Dateline(Span Span, string? Place, PartialDate? Date, string? Agency);

/// <summary>A timestamp line such as <c>14.02.2013 13:57</c> or <c>16:35, 27 January 2009</c>.</summary>
public sealed record Timestamp(Span Span, PartialDate Date, TimeOnly? Time);

/// <summary>A line of web furniture, with the rule that flagged it.</summary>
public sealed record BoilerplateLine(Span Span, string Reason);
