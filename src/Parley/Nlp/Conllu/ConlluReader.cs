using System.IO.Compression;

namespace Parley.Nlp.Conllu;

/// <summary>Streams sentences from CoNLL-U text (UD v2). Files ending in <c>.gz</c> are decompressed.</summary>
public static class ConlluReader
{
    public static IEnumerable<ConlluSentence> ReadFile(string path)
    {
        using var stream = File.OpenRead(path);
        using Stream input = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(stream, CompressionMode.Decompress) : stream;
        using var reader = new StreamReader(input);
        foreach (var sentence in Read(reader, path))
            yield return sentence;
    }

    public static IEnumerable<ConlluSentence> Read(TextReader reader, string name = "<conllu>")
    {
        var comments = new List<KeyValuePair<string, string>>();
        var words = new List<ConlluWord>();
        var multiwords = new List<ConlluMultiword>();
        int lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                if (words.Count > 0)
                {
                    yield return new ConlluSentence([.. comments], [.. words], [.. multiwords]);
                }
                comments.Clear();
                words.Clear();
                multiwords.Clear();
                continue;
            }
            if (line[0] == '#')
            {
                string body = line[1..].Trim();
                int eq = body.IndexOf(" = ", StringComparison.Ordinal);
                comments.Add(eq >= 0
                    ? new(body[..eq].Trim(), body[(eq + 3)..])
                    : body.EndsWith(" =", StringComparison.Ordinal) ? new(body[..^2].Trim(), "") : new(body, ""));
                continue;
            }
            var cols = line.Split('\t');
            if (cols.Length != 10)
                throw new ConlluFormatException($"{name}:{lineNumber}: expected 10 tab-separated columns, found {cols.Length}.");
            string id = cols[0];
            if (id.Contains('.'))
                continue; // empty node of an enhanced graph
            int dash = id.IndexOf('-');
            if (dash > 0)
            {
                multiwords.Add(new ConlluMultiword(ParseInt(id[..dash], name, lineNumber), ParseInt(id[(dash + 1)..], name, lineNumber), cols[1], cols[9]));
                continue;
            }
            words.Add(new ConlluWord(
                ParseInt(id, name, lineNumber), cols[1], cols[2], cols[3], cols[4], cols[5],
                cols[6] == "_" ? -1 : ParseInt(cols[6], name, lineNumber), cols[7], cols[8], cols[9]));
        }
        if (words.Count > 0)
            yield return new ConlluSentence([.. comments], [.. words], [.. multiwords]);
    }

    private static int ParseInt(string s, string name, int line) =>
        int.TryParse(s, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int v)
            ? v
            : throw new ConlluFormatException($"{name}:{line}: '{s}' is not a valid id or head.");
}
