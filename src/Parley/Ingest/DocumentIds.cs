namespace Parley.Ingest;

/// <summary>Document ids per SPEC §1: the <c>id</c> field, else the URL, else the input's name without its extensions.</summary>
internal static class DocumentIds
{
    /// <summary>The name standard input is known by.</summary>
    public const string StdinName = "-";

    /// <summary>
    /// The stem ids are derived from: the file name without its input extensions
    /// (<c>000_29c371abfffc5393.txt.gz</c> → <c>000_29c371abfffc5393</c>), or <c>stdin</c>.
    /// Only the known input extensions are removed, repeatedly, so <c>report.2019.txt</c> keeps its
    /// <c>.2019</c> and two inputs that differ only there keep different ids.
    /// </summary>
    public static string Stem(string name)
    {
        if (name == StdinName) return "stdin";
        string file = Path.GetFileName(name);
        while (true)
        {
            string ext = Path.GetExtension(file);
            if (ext.Length == 0 || InputFormats.FromExtension(ext) is null && !ext.Equals(".gz", StringComparison.OrdinalIgnoreCase))
                break;
            string shorter = file[..^ext.Length];
            if (shorter.Length == 0) break;
            file = shorter;
        }
        return file.Length > 0 ? file : name;
    }

    /// <summary>
    /// The id of one article. <paramref name="recordNumber"/> is the 1-based record of a multi-record
    /// input (JSON Lines, CSV), or null for a one-article file.
    /// </summary>
    public static string For(string? id, string? url, string stem, int? recordNumber)
    {
        if (!string.IsNullOrWhiteSpace(id)) return id.Trim();
        if (!string.IsNullOrWhiteSpace(url)) return url.Trim();
        return recordNumber is { } n ? $"{stem}#{n}" : stem;
    }
}
