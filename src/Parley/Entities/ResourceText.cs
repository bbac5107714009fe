using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Parley.Entities;

/// <summary>Deterministic gzip TSV writing for compiled resources: fixed line ending, invariant numbers, no timestamps.</summary>
internal static class ResourceText
{
    public static byte[] Gzip(string header, IEnumerable<string> lines)
    {
        var text = new StringBuilder();
        text.Append(header).Append('\n');
        foreach (string line in lines) text.Append(line).Append('\n');
        using var ms = new MemoryStream();
        using (var zip = new GZipStream(ms, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            byte[] bytes = new UTF8Encoding(false).GetBytes(text.ToString());
            zip.Write(bytes);
        }
        return ms.ToArray();
    }

    /// <summary>A field cleaned of the characters the format uses as separators.</summary>
    public static string Field(string? s) => s is null ? "" : s.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ').Replace('|', '/').Trim();

    public static string Num(double d) => Math.Round(d, 5).ToString("0.#####", CultureInfo.InvariantCulture);

    public static string Join(IEnumerable<string> items) => string.Join('|', items.Select(Field).Where(s => s.Length > 0));
}
