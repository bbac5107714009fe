using Parley.Documents;
using Parley.Ingest;
using Parley.Tests.Support;

namespace Parley.Tests.Ingest;

/// <summary>The real inputs under ../shared read completely.</summary>
public sealed class SharedIngestTests
{
    private readonly InputReader _reader = new();

    [SharedFact]
    public void The_seed_folder_yields_five_articles_named_after_their_files()
    {
        var items = _reader.Read(SharedData.Path("seeds")).ToList();
        Assert.All(items, i => Assert.False(i.IsRejected, string.Join("; ", i.Problems)));
        var expected = Directory.GetFiles(SharedData.Path("seeds"), "*.txt").Select(f => Path.GetFileName(f)[..^4]).Order(StringComparer.Ordinal);
        Assert.Equal(expected, items.Select(i => i.Article!.Id));
        Assert.Equal(5, items.Count);
        Assert.All(items, i => Assert.Equal(InputFormat.Text, i.Article!.Format));
    }

    [SharedTheory]
    [InlineData("wikinews_2019.csv", 171)]
    [InlineData("wikinews_2020.csv", 124)]
    public void The_wikinews_csv_files_read_completely(string file, int count)
    {
        var items = _reader.Read(SharedData.Path("data", "wikinews-2019-2020", file)).ToList();
        Assert.All(items, i => Assert.False(i.IsRejected, string.Join("; ", i.Problems)));
        Assert.Equal(count, items.Count);
        Assert.All(items, i =>
        {
            Assert.StartsWith("https://en.wikinews.org/", i.Article!.Id);
            Assert.NotNull(i.Article.Metadata.Published);
            Assert.NotNull(i.Article.Metadata.Title);
        });
        Assert.Equal(count, items.Select(i => i.Article!.Id).Distinct().Count());
    }

    [SharedFact]
    public void The_wikinews_folder_reads_both_csv_files_and_skips_its_documentation()
    {
        Assert.Equal(171 + 124, _reader.Read(SharedData.Path("data", "wikinews-2019-2020")).Count());
    }
}
