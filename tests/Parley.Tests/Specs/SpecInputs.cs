using System.Globalization;
using Parley.Documents;

namespace Parley.Tests.Specs;

/// <summary>Reads an example's optional <c>```meta</c> block (<c>title: …</c>, <c>published: 2013-02-14</c>) into metadata.</summary>
public static class SpecInputs
{
    public static ArticleMetadata Metadata(SpecExample example)
    {
        var meta = ArticleMetadata.Empty;
        if (example.Block("meta") is not { } block) return meta;
        foreach (string line in block.Content.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            int colon = line.IndexOf(':');
            string key = line[..colon].Trim(), value = line[(colon + 1)..].Trim();
            meta = key switch
            {
                "title" => meta with { Title = value },
                "published" => meta with
                {
                    Published = DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
                    PublishedHasTime = value.Contains('T'),
                },
                _ => throw new FormatException($"Example '{example.Heading}': unknown meta key '{key}'."),
            };
        }
        return meta;
    }
}
