using System.Formats.Tar;
using System.IO.Compression;
using System.Text;

namespace Parley.Ingest;

/// <summary>
/// The XML files of a <c>.tar.gz</c> corpus archive, read whole and ordered by entry name (ordinal) so that every reader of
/// shared data sees the same documents in the same order. For the build-time and evaluation readers (MEANTIME, ECB+,
/// TimeLine); articles are ingested by the streaming readers.
/// </summary>
internal static class TarXml
{
    public static List<(string Name, string Xml)> Entries(string tarGzPath, Func<string, bool>? keep = null)
    {
        var files = new List<(string Name, string Xml)>();
        using (var gz = new GZipStream(File.OpenRead(tarGzPath), CompressionMode.Decompress))
        using (var tar = new TarReader(gz))
            while (tar.GetNextEntry() is { } entry)
            {
                if (entry.DataStream is null || !entry.Name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || keep?.Invoke(entry.Name) == false) continue;
                using var reader = new StreamReader(entry.DataStream, Encoding.UTF8);
                files.Add((entry.Name, reader.ReadToEnd()));
            }
        files.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return files;
    }
}
