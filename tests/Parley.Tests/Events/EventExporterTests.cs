using System.Text.Json;
using Parley.Events;
using Parley.Events.Export;
using static Parley.Tests.Events.EventSamples;

namespace Parley.Tests.Events;

public sealed class EventExporterTests
{
    private static ExportSource? Source(string _) => new(Text, "https://example.org/a", "RIA Novosti", "Talks");

    private static string Export(IEnumerable<EventRecord> events, ExportFormat format, bool all = false)
    {
        var w = new StringWriter();
        EventExporter.Write(events, format, w, Source, all);
        return w.ToString();
    }

    [Fact]
    public void Plover_codes_intended_cooperation_as_agree_with_a_future_context()
    {
        var line = Export([Three("d")[0]], ExportFormat.Plover).Trim();
        var obj = JsonDocument.Parse(line).RootElement;
        Assert.Equal("AGREE", obj.GetProperty("event")[0].GetString());
        Assert.Equal(0, obj.GetProperty("mode").GetArrayLength()); // third-party is a CONSULT mode, not an AGREE one
        Assert.Contains("future", obj.GetProperty("context").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("2012-02-03", obj.GetProperty("date").GetString());
        Assert.Equal("2012-02-05", obj.GetProperty("enddate").GetString());
        Assert.Equal("RUS", obj.GetProperty("actor")[0].GetProperty("code").GetString());
        Assert.Equal("hopes to hold bilateral talks", obj.GetProperty("eventText")[0].GetString());
        Assert.Equal("Munich", obj.GetProperty("eventLoc").GetProperty("extractedPlace").GetString());
        Assert.Equal(1, obj.GetProperty("quadCode").GetInt32());
    }

    [Fact]
    public void Plover_keeps_asserted_events_with_their_mode()
    {
        var obj = JsonDocument.Parse(Export([Three("d")[1]], ExportFormat.Plover).Trim()).RootElement;
        Assert.Equal("CONSULT", obj.GetProperty("event")[0].GetString());
        Assert.Equal("phone", obj.GetProperty("mode")[0].GetString());
    }

    [Theory]
    [InlineData(EventModality.Negated, "negation")]
    [InlineData(EventModality.Attempted, "attempted")]
    [InlineData(EventModality.Hypothetical, "hypothetical")]
    public void Negated_attempted_and_hypothetical_events_are_exported_only_when_asked(EventModality modality, string context)
    {
        var evt = Three("d")[1] with { Modality = modality };
        Assert.Equal("", Export([evt], ExportFormat.Plover));
        Assert.Single(Export([evt], ExportFormat.Icews).Split('\n', StringSplitOptions.RemoveEmptyEntries)); // header only
        var obj = JsonDocument.Parse(Export([evt], ExportFormat.Plover, all: true).Trim()).RootElement;
        Assert.Contains(context, obj.GetProperty("context").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public void A_planned_retreat_is_a_concession()
    {
        var evt = Three("d")[2] with { Type = PloverType.Retreat, Modality = EventModality.Planned };
        Assert.Equal((PloverType.Concede, "future"), PloverCategory.Map(evt, false));
    }

    [Fact]
    public void A_promised_concession_is_an_agreement()
    {
        var evt = Three("d")[2] with { Type = PloverType.Concede, Modality = EventModality.Planned };
        Assert.Equal((PloverType.Agree, "future"), PloverCategory.Map(evt, false));
        Assert.Equal(PloverType.Concede, PloverCategory.Map(evt with { Modality = EventModality.Asserted }, false)!.Value.Category);
    }

    [Theory]
    [InlineData(PloverType.Sanction, EventModality.Planned, PloverType.Threaten)]
    [InlineData(PloverType.Coerce, EventModality.Intended, PloverType.Threaten)]
    [InlineData(PloverType.Assault, EventModality.Hypothetical, PloverType.Threaten)]
    [InlineData(PloverType.Coerce, EventModality.Asserted, PloverType.Coerce)]
    [InlineData(PloverType.Mobilize, EventModality.Planned, PloverType.Mobilize)]
    [InlineData(PloverType.Sanction, EventModality.Negated, PloverType.Sanction)]
    public void A_coercive_act_announced_or_conditional_is_a_threat(PloverType type, EventModality modality, PloverType expected)
    {
        var evt = Three("d")[2] with { Type = type, Modality = modality };
        Assert.Equal(expected, PloverCategory.Map(evt, allModalities: true)!.Value.Category);
    }

    [Fact]
    public void Parley_jsonl_writes_every_event_whole()
    {
        var lines = Export(Three("d").Select(e => e with { Modality = EventModality.Negated }), ExportFormat.Parley).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        var back = JsonSerializer.Deserialize<EventRecord>(lines[0], Parley.Store.StoreJson.Options)!;
        Assert.Equal("d#0", back.Id);
        Assert.Equal(EventModality.Negated, back.Modality);
    }

    [Fact]
    public void Icews_and_gdelt_write_one_row_per_directed_pair_with_cameo_codes()
    {
        var icews = Export(Three("d"), ExportFormat.Icews).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(EventExporter.IcewsColumns, icews[0].Split('\t'));
        Assert.Equal(4, icews.Length); // header + Lavrov→Clinton + Medvedev–Obama + NATO→Russia
        Assert.All(icews, l => Assert.Equal(EventExporter.IcewsColumns.Count, l.Split('\t').Length));
        Assert.Contains("\t036\t", icews[1]);
        Assert.Contains("\t041\t", icews[2]);
        var gdelt = Export(Three("d"), ExportFormat.Gdelt).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(gdelt, l => Assert.Equal(EventExporter.GdeltColumns.Count, l.Split('\t').Length));
        Assert.StartsWith("d#1\t20120130\tRUSGOV\tDMITRY MEDVEDEV\tRUS\tGOV\tUSAGOV", gdelt[2]);
        Assert.EndsWith("https://example.org/a", gdelt[1]);
    }
}
