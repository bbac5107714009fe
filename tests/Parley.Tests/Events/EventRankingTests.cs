using Parley.Documents;
using Parley.Events;
using Parley.Ingest;
using Parley.Pipeline;

namespace Parley.Tests.Events;

/// <summary>
/// Which event of a sentence ranks first (the most confident one is what a PLOVER record is scored by): the main
/// clause's event, not one in an adverbial clause that sets the scene, nor one in a clause of condition ("if it is
/// attacked") wherever the parser hung it, and what a demand asks for ("pushing for Turkey to accept …") is no event at all.
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
    [InlineData("Denmark is ready to send ships to help defend Estonia if it is attacked, the Danish defence minister said.", PloverType.Aid)]
    [InlineData("Sweden is willing to send troops to help protect Chad if it is invaded, the Swedish defence minister said.", PloverType.Aid)]
    [InlineData("Brazil will send food to Bolivia unless rebels attack the convoys, the Brazilian president said.", PloverType.Aid)]
    public void The_main_clause_event_ranks_above_one_in_a_scene_setting_clause(string body, PloverType main)
    {
        var events = Events(body);
        Assert.True(events.Count >= 2, $"expected two events, got {events.Count}");
        var ranked = events.OrderByDescending(e => e.Confidence).Select(e => (e.Type, e.Confidence)).ToList();
        Assert.True(main == ranked[0].Type, string.Join("; ", ranked.Select(e => $"{e.Type} {e.Confidence}")));
    }

    // What is asked for, in a "for" clause however parsed, is the request's content: only the asking is coded.
    [Fact]
    public void What_a_demand_asks_for_is_not_an_event_of_its_own()
    {
        var events = Events("According to officials the EU is pushing hard for Turkey accept its refugee plan.");
        Assert.Equal([PloverType.Request], events.Select(e => e.Type));
    }
}
