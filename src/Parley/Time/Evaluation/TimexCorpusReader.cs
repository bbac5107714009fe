using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Parley.Documents;
using Parley.Ingest;

namespace Parley.Time.Evaluation;

/// <summary>
/// Reads TIMEX-annotated corpora from a <c>.tar.gz</c>, a folder (searched recursively, archives included) or one file:
/// MEANTIME and SemEval-2015 Task 4 in CAT XML (tokens + <c>TIMEX3</c> markables anchored to tokens; the DCT is the
/// <c>CREATION_TIME</c> TIMEX3) and GUM's XML (one token per line with inline <c>&lt;date&gt;</c>; the DCT is
/// <c>dateCreated</c>). MEANTIME is read from its <c>intra-doc_annotation</c> copy only; SemEval from its annotated
/// CAT folders (track B test corpora, trial data as "trial"). Documents without a DCT are skipped.
/// Only what the annotators covered is scored: MEANTIME annotated the title, the DCT line and the first four body
/// sentences (CAT sentences 0–5, as its guidelines say and its markables confirm); the TimeLine CAT files carry TIMEX3
/// for the DCT only, so only the DCT line (sentence 1) is scored there; GUM is annotated throughout.
/// </summary>
public static class TimexCorpusReader
{
    public const string Meantime = "meantime";
    public const string Timeline = "timeline";
    public const string Gum = "gum";

    public static IEnumerable<TimexDocument> Read(string path, string? corpus = null)
    {
        foreach (var (name, content) in Entries(path))
        {
            var doc = Parse(name, content);
            if (doc is not null && (corpus is null || doc.Corpus == corpus)) yield return doc;
        }
    }

    private static IEnumerable<(string Name, string Content)> Entries(string path)
    {
        if (Directory.Exists(path))
        {
            foreach (string file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                foreach (var e in Entries(file)) yield return e;
            yield break;
        }
        if (path.EndsWith(".tar.gz", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".tgz", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var (name, xml) in TarXml.Entries(path)) yield return (Path.Combine(path, name), xml);
            yield break;
        }
        if (IsXml(path)) yield return (path, File.ReadAllText(path));
    }

    private static bool IsXml(string name) => name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase);

    private static TimexDocument? Parse(string name, string content)
    {
        string n = name.Replace('\\', '/');
        if (content.Contains("<token ", StringComparison.Ordinal) && content.Contains("<Document", StringComparison.Ordinal))
        {
            if (n.Contains("meantime", StringComparison.OrdinalIgnoreCase))
                return n.Contains("/intra-doc_annotation/", StringComparison.Ordinal) ? Cat(Meantime, "all", n, content, s => s <= 5) : null;
            if (n.Contains("/corpus_trackB_CAT/", StringComparison.Ordinal)) return Cat(Timeline, "test", n, content, s => s == 1);
            if (n.Contains("/Corpus-trial-data_task4/", StringComparison.Ordinal)) return Cat(Timeline, "trial", n, content, s => s == 1);
            return null;
        }
        if (content.StartsWith("<text ", StringComparison.Ordinal) || content.Contains("\n<text ", StringComparison.Ordinal))
            return GumXml(n, content);
        return null;
    }

    private static TimexDocument? Cat(string corpus, string split, string name, string content, Func<int, bool> annotatedSentence)
    {
        var annotated = new List<Span>();
        var root = XDocument.Parse(content).Root!;
        var text = new StringBuilder();
        var spans = new Dictionary<string, Span>(StringComparer.Ordinal);
        string? sentence = null;
        foreach (var token in root.Elements("token"))
        {
            string s = (string?)token.Attribute("sentence") ?? "";
            if (text.Length > 0) text.Append(sentence == s ? ' ' : '\n');
            sentence = s;
            int start = text.Length;
            text.Append(token.Value);
            if (int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out int sn) && annotatedSentence(sn))
            {
                if (annotated.Count > 0 && annotated[^1].End >= start - 1) annotated[^1] = new Span(annotated[^1].Start, text.Length);
                else annotated.Add(new Span(start, text.Length));
            }
            spans[(string)token.Attribute("t_id")!] = new Span(start, text.Length);
        }
        DateOnly? dct = null;
        var gold = new List<TimexGold>();
        foreach (var timex in root.Descendants("TIMEX3"))
        {
            string? value = (string?)timex.Attribute("value");
            if ((string?)timex.Attribute("functionInDocument") == "CREATION_TIME" && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                dct = d;
            var anchors = timex.Elements("token_anchor").Select(a => spans.GetValueOrDefault((string)a.Attribute("t_id")!)).Where(s => s.End > 0).ToList();
            if (anchors.Count == 0) continue;
            var type = Enum.TryParse<TimexType>((string?)timex.Attribute("type"), ignoreCase: true, out var t) ? t : (TimexType?)null;
            gold.Add(new TimexGold(new Span(anchors.Min(a => a.Start), anchors.Max(a => a.End)), type, value));
        }
        if (dct is null) return null;
        string id = (string?)root.Attribute("doc_name") ?? Path.GetFileNameWithoutExtension(name);
        return new TimexDocument(corpus, split, id, text.ToString(), dct.Value, [.. gold.OrderBy(g => g.Span.Start)], annotated);
    }

    private static TimexDocument? GumXml(string name, string content)
    {
        var text = new StringBuilder();
        var gold = new List<TimexGold>();
        var open = new Stack<(int Start, XElement Tag)>();
        string id = Path.GetFileNameWithoutExtension(name), split = "train";
        DateOnly? dct = null;
        bool newSentence = false;
        foreach (string raw in content.Split('\n'))
        {
            string line = raw.TrimEnd('\r');
            if (line.Length == 0) continue;
            if (line[0] == '<')
            {
                if (line.StartsWith("<text ", StringComparison.Ordinal))
                {
                    var tag = XElement.Parse(line.TrimEnd('>') + "/>");
                    id = (string?)tag.Attribute("id") ?? id;
                    split = (string?)tag.Attribute("partition") ?? split;
                    if (DateOnly.TryParseExact((string?)tag.Attribute("dateCreated"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) dct = d;
                }
                else if (line.StartsWith("<s ", StringComparison.Ordinal) || line == "<s>") newSentence = true;
                else if (line.StartsWith("<date", StringComparison.Ordinal)) open.Push((-1, XElement.Parse(line.TrimEnd('>') + "/>")));
                else if (line.StartsWith("</date", StringComparison.Ordinal) && open.Count > 0)
                {
                    var (start, tag) = open.Pop();
                    if (start >= 0)
                    {
                        gold.Add(new TimexGold(new Span(start, text.Length), null, (string?)tag.Attribute("when"),
                            (string?)tag.Attribute("from"), (string?)tag.Attribute("to"),
                            (string?)tag.Attribute("notBefore"), (string?)tag.Attribute("notAfter")));
                    }
                }
                continue;
            }
            int tab = line.IndexOf('\t');
            string token = tab < 0 ? line : line[..tab];
            if (text.Length > 0) text.Append(newSentence ? '\n' : ' ');
            newSentence = false;
            int tokenStart = text.Length;
            text.Append(token);
            // Dates opened since the last token start here.
            if (open.Count > 0 && open.Any(o => o.Start < 0))
            {
                var items = open.Reverse().Select(o => o.Start < 0 ? (tokenStart, o.Tag) : o).ToList();
                open.Clear();
                foreach (var item in items) open.Push(item);
            }
        }
        if (dct is null) return null;
        return new TimexDocument(Gum, split, id, text.ToString(), dct.Value, [.. gold.OrderBy(g => g.Span.Start)], [new Span(0, text.Length)]);
    }
}
