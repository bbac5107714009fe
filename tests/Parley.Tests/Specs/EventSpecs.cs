using Parley.Documents;
using Parley.Events;
using Parley.Ingest;
using Parley.Pipeline;

namespace Parley.Tests.Specs;

/// <summary>
/// Runs <c>events-*.md</c>: the example's ```text is an article (title line, dateline, body) analysed by the whole
/// Analysis pipeline. Rows, in order of the events: <c>event | TYPE | modality | actors | recipients</c> (display names
/// joined by ", "), and where a block names them <c>mode | TYPE | mode</c>, <c>claimant | TYPE | who</c>,
/// <c>date | TYPE | value</c>, <c>place | TYPE | text</c>.
/// </summary>
public sealed class EventSpecs
{
    private static readonly Lazy<AnalysisPipeline> Pipeline = new(() => StageCatalog.Build(StagePhase.Analysis));
    private static readonly string[] Kinds = ["event"];

    public static TheoryData<string> Extraction => SpecFile.Headings("events-extraction.md");

    [Theory, MemberData(nameof(Extraction))]
    public void Events_extraction_md(string heading)
        => Check("events-extraction.md", heading);

    public static TheoryData<string> Setting => SpecFile.Headings("events-setting.md");

    [Theory, MemberData(nameof(Setting))]
    public void Events_setting_md(string heading)
        => Check("events-setting.md", heading);

    public static TheoryData<string> Types => SpecFile.Headings("events-types.md");

    [Theory, MemberData(nameof(Types))]
    public void Events_types_md(string heading)
        => Check("events-types.md", heading);

    /// <summary>Analyses the example's article with the whole Analysis pipeline and compares its events with the rows.</summary>
    private static void Check(string file, string heading)
    {
        var example = SpecFile.Load(file)[heading];
        string text = example.Required("text").Content + "\n";
        var article = new SourceArticle { Id = "spec", Origin = new InputOrigin("spec.txt"), Format = InputFormat.Text, Source = text, Text = text };
        var events = Pipeline.Value.Process(article).TryGet(Layers.Events)?.Events ?? [];
        SpecRows.AssertMatch(example, Rows(events), Kinds);
    }

    public static IEnumerable<string[]> Rows(IEnumerable<EventRecord> events)
    {
        foreach (var e in events)
        {
            string type = PloverCodebook.Name(e.Type);
            yield return ["event", type, PloverCodebook.Name(e.Modality), string.Join(", ", e.Actors.Select(a => a.Display)), string.Join(", ", e.Recipients.Select(a => a.Display))];
            if (e.Mode is not null) yield return ["mode", type, e.Mode];
            yield return ["countries", type, string.Join(", ", e.Actors.Select(a => a.Country ?? "-")), string.Join(", ", e.Recipients.Select(a => a.Country ?? "-"))];
            if (e.Claimant is not null) yield return ["claimant", type, e.Claimant.Display];
            if (e.Date is not null) yield return ["date", type, e.Date.Value];
            if (e.Place is not null) yield return ["place", type, e.Place.Text];
        }
    }
}
