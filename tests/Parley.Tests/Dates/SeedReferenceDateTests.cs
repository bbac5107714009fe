using Parley.Articles;
using Parley.Dates;
using Parley.Documents;
using Parley.Pipeline;
using Parley.Tests.Support;

namespace Parley.Tests.Dates;

/// <summary>The five seed articles end to end through the header and reference-date stages (SPEC §2, gold README call 6).</summary>
public sealed class SeedReferenceDateTests
{
    internal static Document Run(string prefix, params IDateConstraintSource[] sources)
    {
        string path = Directory.GetFiles(SharedData.Path("seeds"), prefix + "_*.txt").Single();
        string text = File.ReadAllText(path).Replace("\r\n", "\n");
        var article = new SourceArticle
        {
            Id = Path.GetFileNameWithoutExtension(path),
            Origin = new InputOrigin(path),
            Format = InputFormat.Text,
            Source = text,
            Text = text,
        };
        var pipeline = new PipelineBuilder().Add(new HeaderStage()).Add(new ReferenceDateStage(sources)).Build();
        return pipeline.Process(article);
    }

    [SharedTheory]
    [InlineData("000", "2012-02-03", ReferenceDateSource.Dateline)]
    [InlineData("001", "2013-02-14", ReferenceDateSource.Timestamp)]
    [InlineData("002", "XXXX-02-26", ReferenceDateSource.Dateline)]
    [InlineData("003", "2009-01-27", ReferenceDateSource.Timestamp)]
    [InlineData("004", null, ReferenceDateSource.Unknown)]
    public void Seed_reference_dates(string prefix, string? iso, ReferenceDateSource source)
    {
        var rd = Run(prefix).Get(Layers.ReferenceDate);
        Assert.Equal(iso, rd.Iso);
        Assert.Equal(source, rd.Source);
        Assert.NotEmpty(rd.Evidence);
    }

    [SharedFact]
    public void Seed_000_year_comes_from_October_2011_and_the_weekdays()
    {
        var rd = Run("000").Get(Layers.ReferenceDate);
        Assert.Contains(rd.Evidence, e => e.Kind == DateEvidenceKind.ExplicitYear && e.Text.Contains("October 2011"));
        Assert.Contains(rd.Evidence, e => e.Kind == DateEvidenceKind.Weekday && e.Text == "Friday" && e.Explanation.Contains("itself"));
        Assert.Equal(2012, rd.YearMin);
        Assert.Null(rd.YearMax);
    }

    [SharedFact]
    public void Seed_002_lists_the_years_in_which_February_26_is_a_Tuesday()
    {
        var rd = Run("002").Get(Layers.ReferenceDate);
        Assert.Null(rd.Value.Year);
        Assert.Equal([2002, 2008, 2013, 2019, 2030], rd.CandidateYears);
        Assert.All(rd.CandidateYears, y => Assert.Equal(DayOfWeek.Tuesday, new DateOnly(y, 2, 26).DayOfWeek));
    }

    [SharedFact]
    public void Seed_004_is_unknown_with_a_reason()
    {
        var rd = Run("004").Get(Layers.ReferenceDate);
        Assert.Equal(DateGranularity.Unknown, rd.Granularity);
        Assert.Contains(rd.Evidence, e => e.Kind == DateEvidenceKind.None && e.Explanation.Length > 0);
    }

    /// <summary>A stand-in for the office-tenure source the entities stage will provide.</summary>
    private sealed class FakeTenureSource(DateOnly from, DateOnly to) : IDateConstraintSource
    {
        public IReadOnlyList<LayerKey> Requires => [];
        public IEnumerable<DateConstraint> Collect(Document doc) =>
            [new DateConstraint(from, to, new DateEvidence("office-tenure", "US Secretary of State", null, $"office held {from:yyyy-MM-dd}..{to:yyyy-MM-dd}"))];
    }

    [SharedFact]
    public void A_constraint_source_bounds_the_year_and_the_weekday_picks_it()
    {
        var rd = Run("002", new FakeTenureSource(new DateOnly(2013, 2, 1), new DateOnly(2017, 1, 20))).Get(Layers.ReferenceDate);
        Assert.Equal("2013-02-26", rd.Iso);
        Assert.Equal(2013, rd.YearMin);
        Assert.Equal(2016, rd.YearMax);
        Assert.Contains(rd.Evidence, e => e.Kind == "office-tenure");
    }

    [SharedTheory]
    [InlineData("001", "We in social networks")]
    [InlineData("001", "Events Calendar")]
    [InlineData("002", "Leave a comment")]
    [InlineData("003", "632 0")]
    [InlineData("003", "If you see a spelling error on our site, select it and press Ctrl+Enter")]
    public void Seed_boilerplate_is_flagged(string prefix, string line)
    {
        var doc = Run(prefix);
        var header = doc.Get(Layers.Header);
        Assert.Contains(header.Boilerplate, b => b.Span.TextOf(doc.Text) == line);
        Assert.DoesNotContain(header.Body, s => s.TextOf(doc.Text).Contains(line));
    }

    [SharedTheory]
    [InlineData("000", "Lavrov Hopes for Talks with Clinton in Munich", "MOSCOW, February 3 (RIA Novosti)", "Grigory Sysoev")]
    [InlineData("001", "Lavrov: The ABM issue prevents to build a common security space", null, null)]
    [InlineData("002", "Russia Upbeat, US Cool on Success in Lavrov-Kerry Talks", "MOSCOW, February 26 (RIA Novosti) \u2013", null)]
    [InlineData("003", "Russian, U.S. leaders set for first talks in April", null, null)]
    [InlineData("004", "Lavrov goes on \u201Creset\u201D mission to US", null, null)]
    public void Seed_headers(string prefix, string title, string? dateline, string? byline)
    {
        var doc = Run(prefix);
        var header = doc.Get(Layers.Header);
        Assert.Equal(title, header.Title?.TextOf(doc.Text));
        Assert.Equal(dateline, header.Dateline?.Span.TextOf(doc.Text));
        Assert.Equal(byline, header.Byline?.TextOf(doc.Text));
    }
}
