using Parley.Articles;
using Parley.Documents;

namespace Parley.Tests.Specs;

/// <summary>Runs the header spec files: each example's <c>```text</c> (and optional <c>```meta</c>) through <see cref="HeaderParser"/>.</summary>
public sealed class HeaderSpecs
{
    private static readonly string[] HeaderKinds = ["title", "dateline", "timestamp", "byline", "boilerplate"];

    public static TheoryData<string> Datelines => SpecFile.Headings("datelines.md");
    public static TheoryData<string> Timestamps => SpecFile.Headings("timestamps.md");
    public static TheoryData<string> TitlesAndBylines => SpecFile.Headings("titles-bylines.md");
    public static TheoryData<string> Boilerplate => SpecFile.Headings("boilerplate.md");

    [Theory, MemberData(nameof(Datelines))]
    public void Datelines_md(string example) => Run("datelines.md", example);

    [Theory, MemberData(nameof(Timestamps))]
    public void Timestamps_md(string example) => Run("timestamps.md", example);

    [Theory, MemberData(nameof(TitlesAndBylines))]
    public void Titles_bylines_md(string example) => Run("titles-bylines.md", example);

    [Theory, MemberData(nameof(Boilerplate))]
    public void Boilerplate_md(string example) => Run("boilerplate.md", example);

    private static void Run(string file, string heading)
    {
        var example = SpecFile.Load(file)[heading];
        string text = example.Required("text").Content;
        var header = HeaderParser.Default.Parse(text, SpecInputs.Metadata(example));
        SpecRows.AssertMatch(example, Rows(text, header), HeaderKinds);
    }

    /// <summary>The header as rows: <c>title | …</c>, <c>dateline | … | place=… date=… agency=…</c>, …, <c>body | …</c>.</summary>
    public static IEnumerable<string[]> Rows(string text, ArticleHeader header)
    {
        if (header.Title is { } title) yield return ["title", title.TextOf(text)];
        if (header.Dateline is { } d)
        {
            var attrs = new List<string>();
            if (d.Place is not null) attrs.Add("place=" + d.Place);
            if (d.Date is { } date) attrs.Add("date=" + date);
            if (d.Agency is not null) attrs.Add("agency=" + d.Agency);
            yield return ["dateline", d.Span.TextOf(text), string.Join(" ", attrs)];
        }
        if (header.Timestamp is { } ts)
        {
            yield return ["timestamp", ts.Span.TextOf(text), "date=" + ts.Date + (ts.Time is { } t ? " time=" + t.ToString("HH:mm:ss") : "")];
        }
        if (header.Byline is { } byline) yield return ["byline", byline.TextOf(text)];
        foreach (var line in header.Boilerplate) yield return ["boilerplate", line.Span.TextOf(text), line.Reason];
        foreach (var body in header.Body) yield return ["body", body.TextOf(text).Replace("\n", " \\n ")];
    }
}
