using System.Collections.Frozen;
using System.IO.Compression;
using System.Text;

namespace Parley.Events.Lexicon;

/// <summary>
/// The compiled trigger lexicon (<c>models/events/triggers.tsv.gz</c>, embedded): for a lemma, the candidate
/// (PLOVER type, mode, CAMEO code) readings with their CAMEO patterns; modality cues; reporting expressions.
/// Built by <see cref="TriggerLexiconCompiler"/>; read back here with every row validated. Immutable and thread-safe;
/// build it once (or use <see cref="Default"/>) and share it.
/// </summary>
/// <remarks>
/// File format: gzip of UTF-8 lines, tab-separated. The first line is <see cref="TriggerLexiconCompiler.Header"/>.
/// Rows: <c>verb lemma head block TYPE|- mode|- cameo|- forms</c> (a CAMEO dictionary verb; TYPE "-" when the bare
/// verb codes no PLOVER event), <c>pattern block TYPE mode|- cameo pattern [verb]</c> (a CAMEO pattern, valid for every verb of
/// the block, or only for the light verb of its optional last field: an idiom such as "take part"), <c>trigger kind lemma head TYPE mode|- cameo</c> (Parley's nominal, light-verb and extra verbal
/// triggers), <c>cue modality phrase</c>, <c>report phrase</c> (a <c>drop verb phrase</c> line of the source leaves a CAMEO verb out).
/// </remarks>
public sealed class TriggerLexicon
{
    /// <summary>Logical name of the embedded compiled lexicon.</summary>
    public const string ResourceName = "Parley.Events.triggers.tsv.gz";

    private static readonly Lazy<TriggerLexicon> DefaultInstance = new(() =>
    {
        using var stream = typeof(TriggerLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource '{ResourceName}' is missing; compile models/events/triggers.tsv.gz first.");
        return Read(stream);
    });

    private readonly FrozenDictionary<string, TriggerEntry[]> _byLemma;
    private readonly FrozenDictionary<string, TriggerEntry[]> _byHead;
    private readonly FrozenDictionary<string, string> _lemmaOfForm;
    private readonly FrozenDictionary<string, EventModality[]> _cues;
    private readonly FrozenSet<string> _reports;

    private TriggerLexicon(List<TriggerEntry> entries, Dictionary<string, string> forms, List<ModalityCue> cues, List<string> reports)
    {
        Entries = entries;
        _byLemma = entries.GroupBy(e => e.Lemma, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _byHead = entries.GroupBy(e => e.Head, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _lemmaOfForm = forms.ToFrozenDictionary(StringComparer.Ordinal);
        Cues = cues;
        _cues = cues.GroupBy(c => c.Phrase, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.Select(c => c.Modality).ToArray(), StringComparer.Ordinal);
        ReportingPhrases = reports;
        _reports = reports.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The lexicon embedded in Parley, loaded once.</summary>
    public static TriggerLexicon Default => DefaultInstance.Value;

    /// <summary>Every trigger reading: bare verbs and nouns, and one entry per (verb, CAMEO pattern of its block).</summary>
    public IReadOnlyList<TriggerEntry> Entries { get; }

    public IReadOnlyList<ModalityCue> Cues { get; }

    public IReadOnlyList<string> ReportingPhrases { get; }

    /// <summary>Readings of a trigger given as lower-case lemmas ("meet", "meet with", "hold talk"); empty when unknown.</summary>
    public IReadOnlyList<TriggerEntry> Lookup(string lemma) => _byLemma.TryGetValue(lemma, out var e) ? e : [];

    /// <summary>Readings whose head word is <paramref name="head"/> (multi-word verbs and phrases included), for a parser that sees heads.</summary>
    public IReadOnlyList<TriggerEntry> LookupHead(string head) => _byHead.TryGetValue(head, out var e) ? e : [];

    /// <summary>The lemma of an irregular form the CAMEO dictionary lists ("met" → "meet"); null otherwise.</summary>
    public string? LemmaOfForm(string form) => _lemmaOfForm.GetValueOrDefault(form);

    /// <summary>The modalities a cue phrase signals ("will" → planned); empty when it is no cue.</summary>
    public IReadOnlyList<EventModality> CueOf(string phrase) => _cues.TryGetValue(phrase, out var m) ? m : [];

    /// <summary>Whether the phrase is a reporting expression whose subject is a claimant ("said", "according to").</summary>
    public bool IsReporting(string phrase) => _reports.Contains(phrase);

    /// <summary>Distinct trigger lemmas per PLOVER type: the size of the lexicon as the model card reports it.</summary>
    public IReadOnlyDictionary<PloverType, int> LemmaCountByType() =>
        PloverCodebook.Types.ToDictionary(t => t, t => Entries.Where(e => e.Type == t).Select(e => e.Lemma).Distinct(StringComparer.Ordinal).Count());

    /// <summary>Reads and validates a compiled lexicon (gzip). A malformed row throws <see cref="FormatException"/> with its line.</summary>
    public static TriggerLexicon Read(Stream gzip)
    {
        using var gz = new GZipStream(gzip, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new StreamReader(gz, Encoding.UTF8);
        string? header = reader.ReadLine();
        if (header != TriggerLexiconCompiler.Header)
            throw new FormatException($"Trigger lexicon: first line is '{header}', expected '{TriggerLexiconCompiler.Header}'.");

        var verbs = new List<(string Lemma, string Head, string Block, string[] Row)>();
        var patterns = new Dictionary<string, List<(PloverType Type, string? Mode, string Cameo, string Pattern, string? Only)>>(StringComparer.Ordinal);
        var entries = new List<TriggerEntry>();
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        var cues = new List<ModalityCue>();
        var reports = new List<string>();
        int lineNo = 1;
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNo++;
            string[] f = line.Split('\t');
            string where = $"Trigger lexicon line {lineNo}";
            switch (f[0])
            {
                case "verb" when f.Length == 8:
                    verbs.Add((f[1], f[2], f[3], f));
                    foreach (string form in f[7].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                        forms.TryAdd(form, f[1]);
                    break;
                case "pattern" when f.Length is 6 or 7:
                {
                    var type = Type(f[2], where);
                    string? mode = Mode(type, f[3], where);
                    if (!patterns.TryGetValue(f[1], out var list)) patterns[f[1]] = list = [];
                    list.Add((type, mode, Cameo(f[4], where), f[5], f.Length == 7 ? f[6] : null));
                    break;
                }
                case "trigger" when f.Length == 7:
                {
                    var kind = f[1] switch
                    {
                        "noun" => TriggerKind.Noun,
                        "lightverb" => TriggerKind.LightVerb,
                        "verb" => TriggerKind.Verb,
                        _ => throw new FormatException($"{where}: unknown trigger kind '{f[1]}'."),
                    };
                    var type = Type(f[4], where);
                    entries.Add(new TriggerEntry(f[2], f[3], kind, type, Mode(type, f[5], where), Cameo(f[6], where), null, null, TriggerSource.Parley));
                    break;
                }
                case "cue" when f.Length == 3:
                    if (!PloverCodebook.TryParseModality(f[1], out var modality)) throw new FormatException($"{where}: unknown modality '{f[1]}'.");
                    cues.Add(new ModalityCue(f[2], modality));
                    break;
                case "report" when f.Length == 2:
                    reports.Add(f[1]);
                    break;
                default:
                    throw new FormatException($"{where}: unknown row kind '{f[0]}' or wrong number of fields ({f.Length}).");
            }
        }
        foreach (var (lemma, head, block, row) in verbs)
        {
            if (row[4] != "-")
            {
                var type = Type(row[4], $"verb '{lemma}'");
                entries.Add(new TriggerEntry(lemma, head, TriggerKind.Verb, type, Mode(type, row[5], lemma), Cameo(row[6], lemma), null, block, TriggerSource.Cameo));
            }
            foreach (var p in patterns.GetValueOrDefault(block) ?? [])
                if (p.Only is null || p.Only == lemma)
                    entries.Add(new TriggerEntry(lemma, head, TriggerKind.Verb, p.Type, p.Mode, p.Cameo, p.Pattern, block, TriggerSource.Cameo));
        }
        return new TriggerLexicon(entries, forms, cues, reports);
    }

    private static PloverType Type(string name, string where) =>
        PloverCodebook.TryParseType(name, out var t) ? t : throw new FormatException($"{where}: unknown PLOVER type '{name}'.");

    private static string? Mode(PloverType type, string mode, string where) =>
        mode == "-" ? null : PloverCodebook.IsMode(type, mode) ? mode : throw new FormatException($"{where}: '{mode}' is not a mode of {PloverCodebook.Name(type)}.");

    private static string Cameo(string code, string where) =>
        code.Length is >= 3 and <= 4 && code.All(char.IsAsciiDigit) ? code : throw new FormatException($"{where}: '{code}' is not a CAMEO code.");
}
