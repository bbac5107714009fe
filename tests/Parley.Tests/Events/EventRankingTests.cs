using Parley.Documents;
using Parley.Events;
using Parley.Ingest;
using Parley.Pipeline;

namespace Parley.Tests.Events;

/// <summary>
/// Which event of a sentence ranks first (the most confident one is what a PLOVER record is scored by): the main
/// clause's event, not one in an adverbial clause that sets the scene.
/// </summary>
public sealed class EventRankingTests
{
    private static readonly Lazy<AnalysisPipeline> Pipeline = new(() => StageCatalog.Build(StagePhase.Analysis));

    private static IReadOnlyList<EventRecord> Events(string body)
    {
        string text = "Report\n\nLISBON, May 5, 2017 (Reuters)\n\n" + body + "\n";
        var article = new SourceArticle { Id = "rank", Origin = new InputOrigin("rank.txt"), Format = InputFormat.Text, Source = text, Text = text };
        return Pipeline.Value.Process(article).TryGet(Layers.Events)?.Events ?? [];
    }

    [Theory]
    [InlineData("Portugal eased its travel restrictions on Monday, as the police in Spain cracked down on Basque separatists.", PloverType.Concede)]
    public void The_main_clause_event_ranks_above_one_in_a_scene_setting_clause(string body, PloverType main)
    {
        var events = Events(body);
        Assert.True(events.Count >= 2, $"expected two events, got {events.Count}");
        Assert.Equal(main, events.OrderByDescending(e => e.Confidence).First().Type);
    }
}
