using System.Formats.Tar;
using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Parley.Nlp.Conllu;
using Parley.Nlp.Tokenization;

namespace Parley.Nlp.Entities;

/// <summary>
/// The unlabelled English text of <c>shared/data</c> as tokenized sentences, for learning word classes: the Wikinews
/// 2019–2020 articles (tokenized by Parley's tokenizer), the token layers of ECB+, the Event StoryLine corpus, MEANTIME
/// and the SemEval-2015 TimeLine corpus (their own tokens), and the words of the train splits of UD English-EWT and GUM
/// (never dev or test). Identical sentences are kept once; the order is fixed, so the result is deterministic.
/// </summary>
public static partial class UnlabeledText
{
    public static List<string[]> Sentences(string sharedRoot, Action<string>? progress = null)
    {
        string data = Path.Combine(sharedRoot, "data");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string[]>();
        void Add(IEnumerable<string[]> source, string name)
        {
            int before = result.Count;
            long words = 0;
            foreach (var s in source)
            {
                if (s.Length == 0 || !seen.Add(string.Join(' ', s))) continue;
                result.Add(s);
                words += s.Length;
            }
            progress?.Invoke($"{name}: {result.Count - before} sentences, {words} words");
        }
        foreach (string csv in Directory.GetFiles(Path.Combine(data, "wikinews-2019-2020"), "*.csv").Order(StringComparer.Ordinal))
            Add(WikinewsCsv(csv), Path.GetFileName(csv));
        foreach (string corpus in new[] { "ecbplus", "eventstoryline", "meantime-en", "semeval2015-task4-timeline" })
        {
            string dir = Path.Combine(data, corpus);
            if (!Directory.Exists(dir)) continue;
            foreach (string tar in Directory.GetFiles(dir, "*.tar.gz").Order(StringComparer.Ordinal))
                Add(TokenLayers(tar), corpus);
        }
        Add(Conllu(Path.Combine(data, "ud-english-ewt", "en_ewt-ud-train.conllu.gz")), "UD English-EWT train");
        Add(Conllu(Path.Combine(data, "gum", "gum-train.conllu.gz")), "GUM train");
        return result;
    }

    private static IEnumerable<string[]> Conllu(string path)
    {
        if (!File.Exists(path)) yield break;
        foreach (var s in ConlluReader.ReadFile(path))
            if (!s.Words.All(w => w.Form == "_")) yield return [.. s.Words.Select(w => w.Form)];
    }

    /// <summary>The sentences of the <c>text</c> column of a Wikinews CSV (url,date,title,text; RFC 4180 quoting).</summary>
    private static IEnumerable<string[]> WikinewsCsv(string path)
    {
        string all = File.ReadAllText(path);
        var rows = Ingest.CsvText.Rows(all);
        foreach (var row in rows.Skip(1))
        {
            if (row.Count < 4) continue;
            var tokens = Tokenizer.Default.Tokenize(row[3]);
            var forms = tokens.WordForms;
            for (int s = 0; s < tokens.SentenceCount; s++)
            {
                var (first, end) = tokens.SentenceWords(s);
                if (end > first) yield return [.. Enumerable.Range(first, end - first).Select(w => forms[w])];
            }
        }
    }

    /// <summary>Sentences of the <c>&lt;token sentence="n"&gt;word&lt;/token&gt;</c> layers of every XML file in a .tar.gz, in archive order.</summary>
    private static IEnumerable<string[]> TokenLayers(string tarGz)
    {
        using var file = File.OpenRead(tarGz);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        for (TarEntry? e; (e = tar.GetNextEntry()) is not null;)
        {
            if (e.DataStream is null || !e.Name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)) continue;
            string xml = new StreamReader(e.DataStream, Encoding.UTF8).ReadToEnd();
            var sentence = new List<string>();
            string? current = null;
            foreach (Match m in TokenElement().Matches(xml))
            {
                string s = m.Groups[1].Value;
                if (current is not null && s != current && sentence.Count > 0) { yield return [.. sentence]; sentence.Clear(); }
                current = s;
                string word = WebUtility.HtmlDecode(m.Groups[2].Value).Trim();
                if (word.Length > 0 && !word.Contains(' ')) sentence.Add(word);
            }
            if (sentence.Count > 0) yield return [.. sentence];
        }
    }

    [GeneratedRegex("""<token\b[^>]*?\bsentence="(\d+)"[^>]*>([^<]*)</token>""")]
    private static partial Regex TokenElement();
}
