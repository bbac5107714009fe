using Parley.Errors;
using Parley.Events;
using Parley.Events.Evaluation;
using Parley.Tests.Support;

namespace Parley.Tests.Events;

public sealed class GoldReaderTests
{
    private static GoldSet Read(string jsonl) => GoldReader.Read(new StringReader(jsonl), "g.jsonl");

    private const string Good = """{"doc": "d1", "events": [{"type": "CONSULT", "mode": "third-party", "modality": "intended", "actors": [{"name": "Sergei Lavrov", "country": "RUS", "sector": "GOV"}], "recipients": [{"name": "Hillary Clinton"}], "anchor": "hopes to hold bilateral talks", "date": "2012-02-03/2012-02-05", "place": "Munich", "occasion": null, "claimant": {"name": "Sergei Lavrov"}, "note": "x"}]}""";

    [Fact]
    public void A_valid_line_is_read_with_every_field()
    {
        var gold = Read(Good);
        Assert.Empty(gold.Problems);
        var evt = Assert.Single(Assert.Single(gold.Documents).Events);
        Assert.Equal(PloverType.Consult, evt.Type);
        Assert.Equal(["third-party"], evt.Modes);
        Assert.Equal(EventModality.Intended, evt.Modality);
        Assert.Equal("Hillary Clinton", evt.Recipients[0].Name);
        Assert.Equal("2012-02-03/2012-02-05", evt.Date);
        Assert.Equal("Sergei Lavrov", evt.Claimant!.Name);
        Assert.Equal((1, 1), (evt.Line, evt.Index));
    }

    [Theory]
    [InlineData("{not json", ErrorCode.GoldInvalidJson)]
    [InlineData("[1, 2]", ErrorCode.GoldInvalidJson)]
    [InlineData("""{"events": []}""", ErrorCode.GoldInvalidJson)]
    [InlineData("""{"doc": "d", "events": {}}""", ErrorCode.GoldInvalidJson)]
    [InlineData("""{"doc": "d", "events": [{"type": "MEET", "modality": "asserted", "actors": [{"name": "A"}], "anchor": "a b"}]}""", ErrorCode.GoldInvalidField)]
    [InlineData("""{"doc": "d", "events": [{"type": "CONSULT", "modality": "certain", "actors": [{"name": "A"}], "anchor": "a b"}]}""", ErrorCode.GoldInvalidField)]
    [InlineData("""{"doc": "d", "events": [{"type": "AGREE", "mode": "phone", "modality": "asserted", "actors": [{"name": "A"}], "anchor": "a b"}]}""", ErrorCode.GoldInvalidField)]
    [InlineData("""{"doc": "d", "events": [{"type": "AGREE", "modality": "asserted", "actors": [], "anchor": "a b"}]}""", ErrorCode.GoldInvalidField)]
    [InlineData("""{"doc": "d", "events": [{"type": "AGREE", "modality": "asserted", "actors": [{"sector": "GOV"}], "anchor": "a b"}]}""", ErrorCode.GoldInvalidField)]
    [InlineData("""{"doc": "d", "events": [{"type": "AGREE", "modality": "asserted", "actors": [{"country": "Russia"}], "anchor": "a b"}]}""", ErrorCode.GoldInvalidField)]
    [InlineData("""{"doc": "d", "events": [{"type": "AGREE", "modality": "asserted", "actors": [{"name": "A"}], "anchor": "one"}]}""", ErrorCode.GoldInvalidField)]
    [InlineData("""{"doc": "d", "events": [{"type": "AGREE", "modality": "asserted", "actors": [{"name": "A"}], "anchor": "a\u00a0b"}]}""", ErrorCode.GoldInvalidField)]
    [InlineData("""{"doc": "d", "events": [{"type": "AGREE", "modality": "asserted", "actors": [{"name": "A"}], "anchor": "a b", "date": "2012-02-30"}]}""", ErrorCode.GoldInvalidField)]
    [InlineData("""{"doc": "d", "events": [{"type": "AGREE", "modality": "asserted", "actors": [{"name": "A"}], "anchor": "a b", "date": "2012-03/2012-02"}]}""", ErrorCode.GoldInvalidField)]
    [InlineData("""{"doc": "d", "events": [{"type": "AGREE", "modality": "asserted", "actors": [{"name": "A"}], "anchor": "a b", "place": 7}]}""", ErrorCode.GoldInvalidField)]
    public void A_bad_line_or_event_is_a_coded_error_naming_file_and_line(string line, ErrorCode code)
    {
        var gold = Read(Good + "\n" + line);
        var problem = Assert.Single(gold.Problems, p => p.Severity == Severity.Error);
        Assert.Equal(code, problem.Code);
        Assert.Equal("g.jsonl:2", problem.Origin.ToString());
        Assert.Single(gold.Documents[0].Events); // the good line is still read
        Assert.Equal(1, gold.EventCount);
    }

    [Fact]
    public void A_document_listed_twice_and_unknown_keys_are_reported()
    {
        var gold = Read(Good + "\n" + Good.Replace("{\"doc\"", "{\"colour\": \"red\", \"doc\""));
        Assert.Contains(gold.Problems, p => p.Code == ErrorCode.GoldDuplicateDocument && p.Origin!.Value.Line == 2);
        Assert.Contains(gold.Problems, p => p.Code == ErrorCode.GoldUnknownKey && p.Severity == Severity.Warning);
    }

    [Fact]
    public void Anchors_must_occur_exactly_once_in_the_document()
    {
        var gold = Read(Good);
        Assert.Empty(GoldReader.CheckAnchors(gold, _ => "He hopes to hold bilateral talks."));
        var twice = GoldReader.CheckAnchors(gold, _ => "hopes to hold bilateral talks; hopes to hold bilateral talks");
        Assert.Equal(ErrorCode.GoldAnchorNotUnique, Assert.Single(twice).Code);
        Assert.Single(GoldReader.CheckAnchors(gold, _ => "nothing here"));
    }

    [SharedFact]
    public void The_seed_gold_file_reads_without_problems()
    {
        var gold = GoldReader.ReadFile(SharedData.Path("gold", "seeds.gold.jsonl"));
        Assert.Empty(gold.Problems);
        Assert.Equal(5, gold.Documents.Count);
        Assert.Equal(92, gold.EventCount);
    }
}
