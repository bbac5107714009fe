using System.Globalization;
using Parley.Dates;
using Parley.Time;

namespace Parley.Tests.Specs;

/// <summary>
/// Runs <c>time-*.md</c>: the example's ```text is tagged against its ```reference (<c>2012-02-03</c>, <c>XXXX-02-26</c> for a
/// reference without a year, or <c>unknown</c>). Rows: <c>time | text | TYPE | value</c>, <c>mod | text | MOD</c>,
/// <c>range | text | start | end | signal</c>, <c>tense | text | past|future|unknown</c> and <c>unresolved | text | value</c>.
/// </summary>
public sealed class TimeSpecs
{
    private static readonly string[] Kinds = ["time"];

    public static TheoryData<string> Expressions => SpecFile.Headings("time-expressions.md");
    public static TheoryData<string> Directions => SpecFile.Headings("time-direction.md");

    [Theory, MemberData(nameof(Expressions))]
    public void Time_expressions_md(string heading) => Run("time-expressions.md", heading);

    [Theory, MemberData(nameof(Directions))]
    public void Time_direction_md(string heading) => Run("time-direction.md", heading);

    private static void Run(string file, string heading)
    {
        var example = SpecFile.Load(file)[heading];
        var reference = Reference(example.Required("reference").Content.Trim());
        var found = TimeTagger.Default.Tag(example.Required("text").Content, reference);
        SpecRows.AssertMatch(example, Rows(found), Kinds);
    }

    public static ReferenceDate Reference(string value)
    {
        if (value == "unknown") return ReferenceDate.Unknown("given by the example");
        var parts = value.Split('-');
        int? Part(string s) => s.All(c => c == 'X') ? null : int.Parse(s, CultureInfo.InvariantCulture);
        var date = new PartialDate(Part(parts[0]), parts.Length > 1 ? Part(parts[1]) : null, parts.Length > 2 ? Part(parts[2]) : null);
        var granularity = date.Day is not null ? DateGranularity.Day : date.Month is not null ? DateGranularity.Month : DateGranularity.Year;
        return new ReferenceDate { Value = date, Granularity = granularity, Source = ReferenceDateSource.Metadata };
    }

    public static IEnumerable<string[]> Rows(IEnumerable<TimeExpression> found)
    {
        foreach (var t in found)
        {
            yield return ["time", t.Text, t.Type.ToString().ToUpperInvariant(), t.Value];
            if (t.Mod is not null) yield return ["mod", t.Text, t.Mod];
            if (t.RangeStart is not null || t.RangeEnd is not null) yield return ["range", t.Text, t.RangeStart ?? "", t.RangeEnd ?? "", t.Signal ?? ""];
            yield return ["tense", t.Text, t.Tense.ToString().ToLowerInvariant()];
            if (t.Reason is not null) yield return ["unresolved", t.Text, t.Value];
        }
    }
}
