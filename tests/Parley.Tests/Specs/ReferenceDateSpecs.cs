using System.Globalization;
using Parley.Articles;
using Parley.Dates;
using Parley.Documents;

namespace Parley.Tests.Specs;

/// <summary>
/// Runs <c>reference-dates.md</c>: header parsing plus the solver, with the example's optional <c>```constraints</c>
/// block (<c>2013-02-01..2017-01-20 | office-tenure | text</c>, optionally <c>| attested-until</c>) fed in as a constraint source would.
/// </summary>
public sealed class ReferenceDateSpecs
{
    private static readonly string[] Kinds = ["value", "source", "granularity", "years", "candidates", "evidence"];

    public static TheoryData<string> ReferenceDates => SpecFile.Headings("reference-dates.md");

    [Theory, MemberData(nameof(ReferenceDates))]
    public void Reference_dates_md(string heading)
    {
        var example = SpecFile.Load("reference-dates.md")[heading];
        string text = example.Required("text").Content;
        var metadata = SpecInputs.Metadata(example);
        var header = HeaderParser.Default.Parse(text, metadata);
        var rd = ReferenceDateSolver.Default.Solve(text, metadata, header, Constraints(example));
        SpecRows.AssertMatch(example, Rows(rd), Kinds);
    }

    private static List<DateConstraint> Constraints(SpecExample example)
    {
        var list = new List<DateConstraint>();
        if (example.Block("constraints") is not { } block) return list;
        foreach (string line in block.Content.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var cells = line.Split('|', StringSplitOptions.TrimEntries);
            var range = cells[0].Split("..");
            DateOnly? from = range[0].Length > 0 ? DateOnly.Parse(range[0], CultureInfo.InvariantCulture) : null;
            DateOnly? to = range[1].Length > 0 ? DateOnly.Parse(range[1], CultureInfo.InvariantCulture) : null;
            DateOnly? attested = cells.Length > 3 ? DateOnly.Parse(cells[3], CultureInfo.InvariantCulture) : null;
            list.Add(new DateConstraint(from, to, new DateEvidence(cells[1], cells[2], null, "given by the example")) { AttestedUntil = attested });
        }
        return list;
    }

    public static IEnumerable<string[]> Rows(ReferenceDate rd)
    {
        yield return ["value", rd.Iso ?? "unknown"];
        yield return ["source", rd.Source.ToString()];
        yield return ["granularity", rd.Granularity.ToString()];
        if (rd.YearMin is not null || rd.YearMax is not null) yield return ["years", $"{rd.YearMin}..{rd.YearMax}"];
        if (rd.CandidateYears.Count > 0) yield return ["candidates", string.Join(" ", rd.CandidateYears)];
        foreach (var e in rd.Evidence) yield return ["evidence", e.Kind, e.Text];
    }
}
