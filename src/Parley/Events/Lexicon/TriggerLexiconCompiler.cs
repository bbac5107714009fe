using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Parley.Events.Lexicon;

/// <summary>
/// Compiles the trigger lexicon: the verb blocks and patterns of the PETRARCH2 CAMEO verb dictionary
/// (<c>CAMEO.2.0.txt</c>), each CAMEO code mapped to a PLOVER type and mode through <see cref="CameoPloverTable"/>,
/// plus Parley's human-edited <c>data/events/triggers.txt</c> (nominal and light-verb triggers, modality cues,
/// reporting expressions). The output is a gzip-compressed TSV (format in <see cref="TriggerLexicon"/>), rows sorted
/// ordinally, so the same inputs always give the same bytes. Bad input throws <see cref="FormatException"/> naming
/// the file and line.
/// </summary>
public static partial class TriggerLexiconCompiler
{
    /// <summary>First line of the compiled file: magic, format version, licence of the compiled data.</summary>
    public const string Header = "#parley-triggers\t1\tCC BY-SA 4.0";

    /// <summary>Compiles from files and writes <paramref name="outputPath"/>; returns the bytes written.</summary>
    public static byte[] CompileFiles(string cameoVerbsPath, string triggersPath, string outputPath, CameoPloverTable? table = null)
    {
        byte[] bytes;
        using (var cameo = new StreamReader(cameoVerbsPath))
        using (var extra = new StreamReader(triggersPath))
            bytes = Compile(cameo, extra, table ?? CameoPloverTable.Default, Path.GetFileName(cameoVerbsPath), Path.GetFileName(triggersPath));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outputPath))!);
        File.WriteAllBytes(outputPath, bytes);
        return bytes;
    }

    /// <summary>Compiles the lexicon to gzip bytes.</summary>
    public static byte[] Compile(TextReader cameoVerbs, TextReader triggers, CameoPloverTable table, string cameoName = "CAMEO.2.0.txt", string triggersName = "triggers.txt")
    {
        var rows = new SortedSet<string>(StringComparer.Ordinal);
        var dropped = new HashSet<string>(StringComparer.Ordinal);
        var idiomVerbs = new HashSet<string>(StringComparer.Ordinal);
        ReadTriggers(triggers, rows, dropped, idiomVerbs, triggersName);
        ReadCameo(cameoVerbs, table, rows, idiomVerbs, cameoName);
        // A dropped CAMEO verb loses its verb rows (its block's patterns stay for the block's other verbs).
        rows.RemoveWhere(row => row.StartsWith("verb\t", StringComparison.Ordinal) && dropped.Contains(row.Split('\t')[1]));
        var text = new StringBuilder();
        text.Append(Header).Append('\n');
        foreach (string row in rows) text.Append(row).Append('\n');
        var output = new MemoryStream();
        using (var gz = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
            gz.Write(Encoding.UTF8.GetBytes(text.ToString()));
        return output.ToArray();
    }

    private static void ReadCameo(TextReader reader, CameoPloverTable table, SortedSet<string> rows, HashSet<string> idiomVerbs, string name)
    {
        bool inVerbs = false;
        string? block = null;
        string? blockCode = null;
        int lineNo = 0;
        for (string? raw = reader.ReadLine(); raw is not null; raw = reader.ReadLine())
        {
            lineNo++;
            if (raw.StartsWith("####### VERB PATTERNS", StringComparison.Ordinal)) { inVerbs = true; continue; }
            if (raw.StartsWith("######## TRANSFORMATIONS", StringComparison.Ordinal)) break;
            if (!inVerbs) continue;
            string line = StripComment(raw).Trim();
            if (line.Length == 0) continue;
            if (line.StartsWith("---", StringComparison.Ordinal))
            {
                var m = BlockHeader().Match(line);
                if (!m.Success) throw new FormatException($"{name}:{lineNo}: malformed verb block header '{line}'.");
                block = m.Groups["name"].Value;
                blockCode = PrimaryCode(m.Groups["code"].Value);
                continue;
            }
            if (block is null) throw new FormatException($"{name}:{lineNo}: a verb or pattern before any verb block.");
            if (line[0] == '-')
            {
                var code = CodeIn(line, out int codeAt);
                if (code is null) continue;
                string pattern = Whitespace().Replace(line[1..codeAt].Trim(), " ").ToLowerInvariant();
                if (Map(table, code) is not { } entry) continue;
                string row = string.Join('\t', "pattern", block, PloverCodebook.Name(entry.Type), ModeOf(entry), code, pattern);
                // An idiom of a light verb ("take part", written for TAKE) is no pattern of its synonyms ("capture part").
                rows.Add(IdiomVerbOf(raw, idiomVerbs) is { } only ? row + "\t" + only : row);
                continue;
            }
            string spec = line.Split([' ', '\t', '{', '['], 2)[0];
            string lemma = Words(spec);
            if (lemma.Length == 0) throw new FormatException($"{name}:{lineNo}: no verb in '{line}'.");
            string head = HeadOf(spec);
            string? own = CodeIn(line, out _);
            string? effective = line.Contains('[') ? own : blockCode;
            var forms = FormsIn(line);
            var mapped = effective is null ? null : Map(table, effective);
            rows.Add(string.Join('\t', "verb", lemma, head, block,
                mapped is null ? "-" : PloverCodebook.Name(mapped.Type), mapped is null ? "-" : ModeOf(mapped),
                mapped is null ? "-" : effective, string.Join(' ', forms)));
        }
        if (!inVerbs) throw new FormatException($"{name}: no '####### VERB PATTERNS' section.");
    }

    private static void ReadTriggers(TextReader reader, SortedSet<string> rows, HashSet<string> dropped, HashSet<string> idiomVerbs, string name)
    {
        var coder = new CameoCoder(CameoPloverTable.Default);
        int lineNo = 0;
        for (string? raw = reader.ReadLine(); raw is not null; raw = reader.ReadLine())
        {
            lineNo++;
            string line = raw.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            string[] f = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            string where = $"{name}:{lineNo}";
            switch (f[0])
            {
                case "noun" or "light" or "verb":
                {
                    if (f.Length < 4) throw new FormatException($"{where}: expected '{f[0]} TYPE mode|- phrase'.");
                    if (!PloverCodebook.TryParseType(f[1], out var type)) throw new FormatException($"{where}: unknown PLOVER type '{f[1]}'.");
                    string? mode = f[2] == "-" ? null : f[2];
                    if (mode is not null && !PloverCodebook.IsMode(type, mode)) throw new FormatException($"{where}: '{mode}' is not a PLOVER mode of {f[1]}.");
                    string phrase = Phrase(f, 3, where);
                    var kind = f[0] switch { "noun" => TriggerKind.Noun, "light" => TriggerKind.LightVerb, _ => TriggerKind.Verb };
                    string head = kind == TriggerKind.LightVerb ? phrase.Split(' ')[0] : kind == TriggerKind.Noun ? phrase.Split(' ')[^1] : phrase.Split(' ')[0];
                    string cameo = coder.Code(type, mode, EventModality.Asserted);
                    rows.Add(string.Join('\t', "trigger", kind.ToString().ToLowerInvariant(), phrase, head, f[1], mode ?? "-", cameo));
                    break;
                }
                case "cue":
                {
                    if (f.Length < 3 || !PloverCodebook.TryParseModality(f[1], out _)) throw new FormatException($"{where}: expected 'cue MODALITY phrase' with a SPEC §5 modality.");
                    rows.Add(string.Join('\t', "cue", f[1], Phrase(f, 2, where)));
                    break;
                }
                case "drop":
                    if (f.Length < 3 || f[1] != "verb") throw new FormatException($"{where}: expected 'drop verb phrase'.");
                    dropped.Add(Phrase(f, 2, where));
                    break;
                case "idiom":
                    if (f.Length != 3 || f[1] != "verb") throw new FormatException($"{where}: expected 'idiom verb lemma'.");
                    idiomVerbs.Add(Phrase(f, 2, where));
                    break;
                case "report":
                    if (f.Length < 2) throw new FormatException($"{where}: expected 'report phrase'.");
                    rows.Add(string.Join('\t', "report", Phrase(f, 1, where)));
                    break;
                default:
                    throw new FormatException($"{where}: unknown line kind '{f[0]}' (noun, light, verb, cue, report, drop, idiom).");
            }
        }
    }

    private static string Phrase(string[] fields, int from, string where)
    {
        string phrase = string.Join(' ', fields[from..]);
        if (phrase != phrase.ToLowerInvariant()) throw new FormatException($"{where}: phrases are written in lower case.");
        return phrase;
    }

    private static CameoPloverEntry? Map(CameoPloverTable table, string code) => table.Lookup(code);

    // Modes of the 2021 table that PLOVER v2.0 dropped ("ease", "return", …) are left out rather than invented.
    private static string ModeOf(CameoPloverEntry e) => e.Mode is { } m && PloverCodebook.IsMode(e.Type, m) ? m : "-";

    /// <summary>
    /// The verb a CAMEO pattern was written for, as its trailing comment names it ("- * PART [030] # TAKE"), when that
    /// verb is listed as an idiom verb (a light verb whose patterns are idioms of that verb alone); null otherwise.
    /// </summary>
    private static string? IdiomVerbOf(string raw, HashSet<string> idiomVerbs)
    {
        int hash = raw.IndexOf('#');
        if (hash < 0) return null;
        string[] words = raw[(hash + 1)..].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return null;
        string verb = words[0].ToLowerInvariant();
        return idiomVerbs.Contains(verb) ? verb : null;
    }

    private static string StripComment(string line)
    {
        int hash = line.IndexOf('#');
        return hash >= 0 ? line[..hash] : line;
    }

    private static string? PrimaryCode(string code)
    {
        string first = code.Split(':')[0].Trim();
        return first.Length > 0 && first.All(char.IsAsciiDigit) ? first : null;
    }

    private static string? CodeIn(string line, out int at)
    {
        at = line.LastIndexOf('[');
        if (at < 0) { at = line.Length; return null; }
        int end = line.IndexOf(']', at);
        if (end < 0) throw new FormatException($"unclosed '[' in '{line}'.");
        return PrimaryCode(line[(at + 1)..end]);
    }

    private static List<string> FormsIn(string line)
    {
        int open = line.IndexOf('{');
        if (open < 0) return [];
        int close = line.IndexOf('}', open);
        if (close < 0) throw new FormatException($"unclosed '{{' in '{line}'.");
        return [.. line[(open + 1)..close].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Words).Where(w => w.Length > 0).Distinct().Order(StringComparer.Ordinal)];
    }

    private static string Words(string spec) =>
        Whitespace().Replace(spec.Replace("+", "", StringComparison.Ordinal).Replace('_', ' ').Trim(), " ").ToLowerInvariant();

    private static string HeadOf(string spec)
    {
        string[] parts = spec.Split('_', StringSplitOptions.RemoveEmptyEntries);
        string head = parts.FirstOrDefault(p => p.StartsWith('+')) ?? parts[0];
        return head.TrimStart('+').ToLowerInvariant();
    }

    [GeneratedRegex(@"^---\s+(?<name>\S+)\s+\[(?<code>[^\]]*)\]\s*-*\s*---$")]
    private static partial Regex BlockHeader();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
