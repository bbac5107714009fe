using System.Text;
using Parley.Errors;
using Parley.Events;
using Parley.Events.Evaluation;
using Parley.Tests.Support;

namespace Parley.Tests.Events;

public sealed class PloverGsrTests
{
    private const string Sample = """
        [
          {"id": "DOC-1", "event": "DOCUMENT", "eventText": "documentation"},
          {"id": "R-1", "event": "DEMAND", "text": "Iran demanded that Iraq release prisoners.", "source": [{"actorText": "Iran", "code": "IRN"}], "target": [{"actorText": "Iraq", "code": "IRQ"}]},
          {"id": "R-2", "event": "FIGHT", "text": "Troops clashed.", "source": null, "target": []},
          {"id": "R-3", "event": "DANCE", "text": "They danced."},
          {"id": "R-4", "event": "INVESTIGATE", "text": "The UN investigated the killings.", "source": [{"code": "IGO"}, {"code": "IGO"}]}
        ]
        """;

    private static (IReadOnlyList<PloverGsrRecord> Records, IReadOnlyList<Problem> Problems) Load() =>
        PloverGsrLoader.Load(new MemoryStream(Encoding.UTF8.GetBytes(Sample)), "gsr.json");

    [Theory]
    [InlineData("DEMAND", PloverType.Request)]
    [InlineData("DISAPPROVE", PloverType.Accuse)]
    [InlineData("INVESTIGATE", PloverType.Accuse)]
    [InlineData("FIGHT", PloverType.Assault)]
    [InlineData("AGREE", PloverType.Agree)]
    [InlineData("ASSAULT", PloverType.Assault)]
    public void Version_0_5_labels_map_to_plover_2(string label, PloverType expected) => Assert.Equal(expected, PloverGsrLoader.MapLabel(label));

    [Fact]
    public void Documentation_entries_are_skipped_and_unknown_labels_are_coded_problems()
    {
        var (records, problems) = Load();
        Assert.Equal(["R-1", "R-2", "R-4"], records.Select(r => r.Id));
        Assert.Equal(PloverType.Request, records[0].Type);
        Assert.Equal(["IRN"], records[0].SourceCodes);
        Assert.Equal(["IRQ"], records[0].TargetCodes);
        Assert.Empty(records[1].SourceCodes);
        Assert.Equal(["IGO"], records[2].SourceCodes);
        var problem = Assert.Single(problems);
        Assert.Equal(ErrorCode.PloverGsrInvalid, problem.Code);
        Assert.Equal("gsr.json[3]", problem.Origin!.Value.Path);
    }

    [Fact]
    public void No_events_means_recall_zero()
    {
        var (records, _) = Load();
        var report = PloverEvalRunner.Score(records, [.. records.Select(_ => (IReadOnlyList<EventRecord>)[])]);
        Assert.Equal((3, 0, 0.0, 0.0), (report.Records, report.WithPrediction, report.TypeRecall, report.TypeAccuracy));
        Assert.Equal(0, report.SourceCountryRecall);
    }

    [Fact]
    public void The_most_confident_event_is_the_prediction_and_countries_are_scored_when_its_type_is_right()
    {
        var (records, _) = Load();
        var request = EventSamples.Event("R-1", 0, PloverType.Request, "demanded", records[0].Text,
            [new ActorRef("Iran", null, null, "IRN")], [new ActorRef("Iraq", null, null, "SYR")]) with { Confidence = 0.9 };
        var weak = request with { Type = PloverType.Accuse, Confidence = 0.2 };
        var wrong = EventSamples.Event("R-4", 0, PloverType.Support, "investigated", records[2].Text);
        var report = PloverEvalRunner.Score(records, [[weak, request], [], [wrong]]);
        Assert.Equal(2, report.WithPrediction);
        Assert.Equal(1.0 / 3, report.TypeRecall, 6);
        Assert.Equal(0.5, report.TypeAccuracy);
        Assert.Equal((1, 1), (report.SourceCountry.Correct, report.SourceCountry.Total));
        Assert.Equal((0, 1), (report.TargetCountry.Correct, report.TargetCountry.Total));
        Assert.Equal(0.5, report.SourceCountryRecall); // give source codes
        // The records typed wrong or not found are listed with what was predicted, most confident first.
        Assert.Equal([(records[1].Id, "nothing"), (records[2].Id, "SUPPORT")],
            report.Misses.Select(m => (m.Id, m.Predicted.Count == 0 ? "nothing" : string.Join(",", m.Predicted))));
        Assert.Equal(records[2].Text, report.Misses[1].Text);
    }

    [Fact]
    public void A_un_body_coded_UNO_matches_the_gold_code_IGO_and_nothing_else_does()
    {
        var (records, _) = Load();
        // "The UN investigated the killings", gold source IGO.
        var un = EventSamples.Event("R-4", 0, PloverType.Accuse, "investigated", records[2].Text, [new ActorRef("UN", null, null, "UNO")]);
        Assert.Equal(1.0, PloverEvalRunner.Score([records[2]], [[un]]).SourceCountryRecall);
        var ngo = un with { Actors = [new ActorRef("Amnesty", null, null, "NGO")] };
        Assert.Equal(0.0, PloverEvalRunner.Score([records[2]], [[ngo]]).SourceCountryRecall);
        Assert.True(PloverEvalRunner.SameCode("uno", "IGO"));
        Assert.False(PloverEvalRunner.SameCode("IGO", "UNO"));
    }

    [Fact]
    public void Events_are_scored_as_their_plover_category()
    {
        var (records, _) = Load();
        // A promised support is an AGREE in PLOVER (manual §2.3, SPEC §7); an asserted support stays SUPPORT.
        var promised = EventSamples.Event("R-1", 0, PloverType.Support, "demanded", records[0].Text) with { Modality = EventModality.Planned };
        var asserted = promised with { Modality = EventModality.Asserted };
        Assert.Equal(PloverType.Agree, PloverEvalRunner.Category(promised));
        Assert.Equal(PloverType.Support, PloverEvalRunner.Category(asserted));
        var agreeGold = records[0] with { Type = PloverType.Agree };
        Assert.Equal(1.0, PloverEvalRunner.Score([agreeGold], [[promised]]).TypeAccuracy);
        Assert.Equal(0.0, PloverEvalRunner.Score([agreeGold], [[asserted]]).TypeAccuracy);
    }

    [SharedFact]
    public void The_development_records_load()
    {
        var (records, problems) = PloverGsrLoader.LoadFile(SharedData.Path("data", "plover", "PLOVER_GSR_dev.json"));
        Assert.Empty(problems);
        Assert.Equal(161, records.Count);
        Assert.Equal(17, records.Count(r => r.Type == PloverType.Request));
        Assert.Equal(13, records.Count(r => r.Type == PloverType.Accuse));
        Assert.Equal(16, records.Count(r => r.Type == PloverType.Assault));
    }
}
