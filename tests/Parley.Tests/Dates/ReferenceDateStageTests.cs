using Parley.Articles;
using Parley.Dates;
using Parley.Documents;
using Parley.Errors;
using Parley.Pipeline;

namespace Parley.Tests.Dates;

public sealed class ReferenceDateStageTests
{
    private static readonly LayerKey<string> Entities = new("entities-test");

    private sealed class NeedsEntities : IDateConstraintSource
    {
        public IReadOnlyList<LayerKey> Requires => [Entities];
        public IEnumerable<DateConstraint> Collect(Document doc) => [];
    }

    [Fact]
    public void The_stage_requires_the_header_and_every_layer_its_sources_read()
    {
        var stage = new ReferenceDateStage([new NeedsEntities()]);
        Assert.Equal(["header", "entities-test"], stage.Requires.Select(k => k.Name));
        var ex = Assert.Throws<PipelineException>(new PipelineBuilder().Add(new HeaderStage()).Add(stage).Build);
        Assert.Equal(ErrorCode.UnmetStageRequirement, ex.Code);
    }

    [Fact]
    public void An_empty_article_is_undated_with_a_reason_not_an_exception()
    {
        var pipeline = new PipelineBuilder().Add(new HeaderStage()).Add(new ReferenceDateStage()).Build();
        var doc = pipeline.Process(new SourceArticle
        {
            Id = "empty", Origin = new InputOrigin("empty.txt"), Format = InputFormat.Text, Source = "", Text = "",
        });
        var rd = doc.Get(Layers.ReferenceDate);
        Assert.Equal(ReferenceDateSource.Unknown, rd.Source);
        Assert.Null(rd.Iso);
        Assert.Empty(doc.Get(Layers.Header).Body);
    }

    [Fact]
    public void The_solver_never_uses_the_clock_its_window_is_a_setting()
    {
        var header = HeaderParser.Default.Parse("OSLO, May 7 (NTB) – The government resigned on Tuesday.", ArticleMetadata.Empty);
        var narrow = new ReferenceDateSolver(2010, 2016).Solve("OSLO, May 7 (NTB) – The government resigned on Tuesday.", ArticleMetadata.Empty, header);
        // May 7 is a Tuesday in 2013 only, within 2010–2016; the window alone never resolves a year (no bound).
        Assert.Null(narrow.Value.Year);
        Assert.Equal([2013], narrow.CandidateYears);
    }
}
