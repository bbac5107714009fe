using Parley.Documents;
using Parley.Errors;
using Parley.Pipeline;

namespace Parley.Tests.Pipeline;

public sealed class PipelineBuilderTests
{
    private static readonly LayerKey<string> A = new("a");
    private static readonly LayerKey<string> B = new("b");

    private sealed class FakeStage(string name, LayerKey[] requires, LayerKey<string>[] produces) : IStage
    {
        public string Name => name;
        public IReadOnlyList<LayerKey> Requires => requires;
        public IReadOnlyList<LayerKey> Produces => produces;
        public void Process(Document doc)
        {
            foreach (var p in produces) doc.Set(p, name);
        }
    }

    [Fact]
    public void Refuses_a_stage_whose_requirement_no_earlier_stage_produces()
    {
        var builder = new PipelineBuilder().Add(new FakeStage("needs-a", [A], [B]));
        var ex = Assert.Throws<PipelineException>(builder.Build);
        Assert.Equal(ErrorCode.UnmetStageRequirement, ex.Code);
        Assert.Contains("needs-a", ex.Message);
        Assert.Contains("'a'", ex.Message);
    }

    [Fact]
    public void Refuses_two_producers_of_one_layer()
    {
        var builder = new PipelineBuilder().Add(new FakeStage("one", [], [A])).Add(new FakeStage("two", [], [A]));
        Assert.Equal(ErrorCode.DuplicateLayerProducer, Assert.Throws<PipelineException>(builder.Build).Code);
    }

    [Fact]
    public void Runs_stages_in_order_and_times_each()
    {
        var pipeline = new PipelineBuilder().Add(new FakeStage("one", [], [A])).Add(new FakeStage("two", [A], [B])).Build();
        var doc = pipeline.Process(new SourceArticle
        {
            Id = "d", Origin = new InputOrigin("x.txt"), Format = InputFormat.Text, Source = "t", Text = "t",
        });
        Assert.Equal("one", doc.Get(A));
        Assert.Equal("two", doc.Get(B));
        Assert.All(pipeline.Timings, t => Assert.Equal(1, t.Documents));
    }

    [Fact]
    public void A_layer_is_written_once()
    {
        var doc = new Document(new SourceArticle
        {
            Id = "d", Origin = new InputOrigin("x.txt"), Format = InputFormat.Text, Source = "t", Text = "t",
        });
        doc.Set(A, "first");
        Assert.Throws<InvalidOperationException>(() => doc.Set(A, "second"));
    }
}
