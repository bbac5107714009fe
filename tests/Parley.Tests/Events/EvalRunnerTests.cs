using Parley.Documents;
using Parley.Events;
using Parley.Events.Evaluation;
using Parley.Pipeline;
using Parley.Tests.Support;

namespace Parley.Tests.Events;

public sealed class EvalRunnerTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("parley-eval-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>Stands in for the future extractor: gives each document the events a function makes of it.</summary>
    private sealed class FixedEventsStage(Func<Document, IReadOnlyList<EventRecord>> make) : IStage
    {
        public string Name => "fixed-events";
        public IReadOnlyList<LayerKey> Requires => [];
        public IReadOnlyList<LayerKey> Produces => [Layers.Events];
        public void Process(Document doc) => doc.Set(Layers.Events, new EventLayer(make(doc)));
    }

    private string Setup()
    {
        File.WriteAllText(Path.Combine(_dir, "doc1.txt"), EventSamples.Text);
        string gold = Path.Combine(_dir, "gold.jsonl");
        File.WriteAllText(gold, """
            {"doc": "doc1", "events": [{"type": "CONSULT", "modality": "intended", "actors": [{"name": "Sergei Lavrov"}], "recipients": [{"name": "Hillary Clinton"}], "anchor": "hopes to hold bilateral talks"}, {"type": "REJECT", "modality": "asserted", "actors": [{"name": "NATO"}], "recipients": [{"country": "RUS"}], "anchor": "declined Russia's proposal"}]}
            {"doc": "missing", "events": [{"type": "AGREE", "modality": "asserted", "actors": [{"country": "USA"}], "anchor": "two words"}]}
            """);
        return gold;
    }

    [Fact]
    public void Without_an_extraction_stage_the_system_has_no_events_and_recall_is_zero()
    {
        string gold = Setup();
        var builder = new PipelineBuilder();
        foreach (var stage in StageCatalog.All.Where(s => s.Name != "events")) builder.Add(stage.Create(StageContext.Default));
        var report = new EvalRunner(builder.Build()).Run(gold, [_dir]);
        Assert.Equal(3, report.GoldEvents);
        Assert.Equal(0, report.SystemEvents);
        Assert.Equal(0, report.Detection.Recall);
        Assert.Equal(3, report.FalseNegatives.Count);
        Assert.Contains(report.Problems, p => p.Contains("PAR404", StringComparison.Ordinal) && p.Contains("gold.jsonl:2", StringComparison.Ordinal));
    }

    [Fact]
    public void Events_of_the_pipelines_events_layer_are_scored()
    {
        string gold = Setup();
        var builder = new PipelineBuilder();
        foreach (var stage in StageCatalog.All.Where(s => s.Name != "events")) builder.Add(stage.Create(StageContext.Default));
        var pipeline = builder.Add(new FixedEventsStage(doc => EventSamples.Three(doc.Id))).Build();
        var report = new EvalRunner(pipeline).Run(gold, [_dir]);
        Assert.Equal(2, report.Detection.TruePositives);
        Assert.Equal(2, report.Strict.TruePositives);
        Assert.Equal(1, report.Detection.FalsePositives); // the phone call is not in this gold file
        Assert.Equal(1, report.Detection.FalseNegatives); // the missing document
    }

    [SharedFact]
    public void The_seed_gold_set_scores_honestly_with_the_catalogued_pipeline()
    {
        var report = new EvalRunner().Run(SharedData.Path("gold", "seeds.gold.jsonl"), [SharedData.Path("seeds")]);
        Assert.Equal(92, report.GoldEvents);
        Assert.Empty(report.Problems); // every document found, every anchor unique in the text as Parley reads it
        Assert.Equal(92, report.Detection.TruePositives + report.FalseNegatives.Count);
        Assert.All(report.FalseNegatives, f => Assert.NotEqual("", f.Sentence));
        if (report.SystemEvents == 0) Assert.Equal(0, report.Detection.Recall); // no extraction stage catalogued yet
    }
}
