using System.IO.Compression;
using System.Text;

namespace Parley.Nlp.Learning;

/// <summary>
/// Binary container for Parley's NLP models: 8-byte magic (<c>PRLYNLP1</c>), a kind tag, a format
/// version, then a deflate-compressed body. Output is byte-identical for identical models.
/// </summary>
internal static class ModelFile
{
    private static readonly byte[] Magic = "PRLYNLP1"u8.ToArray();

    public static void Save(string path, string kind, int version, Action<BinaryWriter> body)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var file = File.Create(path);
        using (var header = new BinaryWriter(file, Encoding.UTF8, leaveOpen: true))
        {
            header.Write(Magic);
            header.Write(kind);
            header.Write(version);
        }
        using var deflate = new DeflateStream(file, CompressionLevel.SmallestSize);
        using var buffered = new BufferedStream(deflate, 1 << 16);
        using var writer = new BinaryWriter(buffered, Encoding.UTF8);
        body(writer);
    }

    public static T Load<T>(string path, string kind, int version, Func<BinaryReader, T> body) =>
        Load(path, kind, version, version, (r, _) => body(r));

    /// <summary>Loads a model whose format version is in [<paramref name="minVersion"/>, <paramref name="maxVersion"/>]; the body gets the version.</summary>
    public static T Load<T>(string path, string kind, int minVersion, int maxVersion, Func<BinaryReader, int, T> body)
    {
        using var file = File.OpenRead(path);
        int version;
        using (var header = new BinaryReader(file, Encoding.UTF8, leaveOpen: true))
        {
            if (!header.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic))
                throw new InvalidDataException($"'{path}' is not a Parley NLP model (bad magic).");
            string actualKind = header.ReadString();
            int actualVersion = header.ReadInt32();
            if (actualKind != kind || actualVersion < minVersion || actualVersion > maxVersion)
                throw new InvalidDataException($"'{path}' holds a '{actualKind}' v{actualVersion} model; expected '{kind}' v{maxVersion}.");
            version = actualVersion;
        }
        using var deflate = new DeflateStream(file, CompressionMode.Decompress);
        using var buffered = new BufferedStream(deflate, 1 << 16);
        using var reader = new BinaryReader(buffered, Encoding.UTF8);
        try
        {
            return body(reader, version);
        }
        catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException)
        {
            // A cut-off or corrupt body: say which file, whatever part of the model found it.
            throw new InvalidDataException($"'{path}' is a damaged '{kind}' v{version} model: {ex.Message}", ex);
        }
    }

    public static void WriteStrings(BinaryWriter writer, IReadOnlyList<string> strings)
    {
        writer.Write(strings.Count);
        foreach (string s in strings) writer.Write(s);
    }

    public static string[] ReadStrings(BinaryReader reader)
    {
        int n = reader.ReadInt32();
        var result = new string[n];
        for (int i = 0; i < n; i++) result[i] = string.Intern(reader.ReadString());
        return result;
    }
}
