using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Parley.Articles;
using Parley.Dates;
using Parley.Documents;
using Parley.Entities;
using Parley.Entities.Actors;
using Parley.Pipeline;
using Parley.Tests.Support;
using Xunit.Abstractions;

namespace Parley.Tests.Entities;

/// <summary>
/// The fast paths of the entity code against the slow definitions they replaced: the hand-written tokenizer against its
/// former regular expression, windowed office-tenure constraints against a whole-article resolution, and an allocation
/// ceiling for <see cref="OfficeTenureConstraints.Collect"/> (deterministic, not wall-clock).
/// </summary>
public sealed partial class EntityFastPathTests(ITestOutputHelper output)
{
    [GeneratedRegex(@"(?:\p{Lu}\.){2,}|\p{L}\.(?=\p{Lu})|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*|\p{N}+(?:[.,]\p{N}+)*|['’`]s\b|[^\s\p{L}\p{N}]", RegexOptions.CultureInvariant)]
    private static partial Regex FormerTokenRegex();

    /// <summary>Token spans and keys by the former regular expression (the shape rules are shared code, unchanged).</summary>
    private static List<(int Start, int End, string Key)> RegexTokens(string text)
    {
        var result = new List<(int, int, string)>();
        int prevEnd = -1;
        foreach (Match m in FormerTokenRegex().Matches(text))
        {
            string s = m.Value;
            int end = m.Index + m.Length;
            if (s is "-" or "\u2010" or "\u2011" && prevEnd == m.Index && end < text.Length && char.IsLetter(text[end])) { prevEnd = end; continue; }
            result.Add((m.Index, end, NameFold.Plain(s)));
            prevEnd = end;
        }
        return result;
    }

    private static void AssertSameTokens(string text)
    {
        var expected = RegexTokens(text);
        var actual = EntityTokenizer.Tokenize(text, [new Span(0, text.Length)], EntityResources.Default.Keys);
        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++)
            Assert.Equal(expected[i], (actual[i].Span.Start, actual[i].Span.End, actual[i].Key));
    }

    [Theory]
    [InlineData("U.S. Secretary of State John Kerry met S.Lavrov in Geneva.")]
    [InlineData("The U.N.'s envoy, Ban Ki-moon, said 1,234.5 people's homes were hit — 3.5% of Zürich's.")]
    [InlineData("Mouaz al-Khatib’s talk `s ’s 's Ä.B. É. x.Y 42nd 7-8 don't ‘quoted’ «Les» Ⅻ ½")]
    [InlineData("Président François Hollande et M. Ayrault — dès l’été; Sen. McCain (R-Ariz.)")]
    [InlineData("Line one\nLINE TWO: NATO-led forces. A.B.C. a.b. Ş̧ e\u0301 \u0301x")]
    public void Tokenizer_gives_the_former_regex_tokens(string text) => AssertSameTokens(text);

    [Fact]
    public void Tokenizer_gives_the_former_regex_tokens_on_the_samples()
    {
        foreach (string text in SampleTexts()) AssertSameTokens(text);
    }

    [SharedFact]
    public void Tokenizer_gives_the_former_regex_tokens_on_wikinews()
    {
        foreach (string text in WikinewsTexts()) AssertSameTokens(text);
    }

    /// <summary>The former definition of <see cref="NameFold.Loose"/>: the rewrites one after another, then the vowel pass.</summary>
    private static string FormerLoose(string token)
    {
        string p = NameFold.Plain(token).Replace("ph", "f").Replace("ck", "k").Replace("x", "ks").Replace("q", "k").Replace("dzh", "j").Replace("zh", "j");
        var sb = new StringBuilder(p.Length);
        foreach (char raw in p)
        {
            char c = raw switch { 'y' => 'i', 'o' => 'u', 'w' => 'v', _ => raw };
            if (sb.Length > 0 && sb[^1] == c) continue;
            sb.Append(c);
        }
        return sb.ToString();
    }

    [Fact]
    public void One_pass_loose_folding_equals_the_former_rewrites()
    {
        string[] tricky = ["cck", "phh", "zzh", "dzhx", "Xiaoqing", "Dzhokhar", "Zhou", "Mikhail", "ckx", "pph", "qq", "Ščerbakov", ""];
        var words = tricky.Concat(EntityResources.Default.Kb.Actors.SelectMany(a => a.Aliases.Prepend(a.Name)).SelectMany(NameFold.Words))
            .Concat(EntityResources.Default.Gazetteer.Places.Take(5000).SelectMany(p => NameFold.Words(p.Name)));
        foreach (string w in words) Assert.Equal(FormerLoose(w), NameFold.Loose(w));
    }

    /// <summary>The constraints a whole-article resolution gives: the definition the windowed pass must reproduce.</summary>
    private static List<string> WholeArticleConstraints(Document doc, OfficeTenureConstraints tenure)
    {
        var (actors, _) = new EntityResolver(EntityResources.Default).Resolve(doc.Text, doc.Get(Layers.Header).Body, null);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var m in actors.Mentions)
        {
            if (m.KbId is null || m.OfficeKind is null || m.RoleNoun || !seen.Add(m.KbId + "/" + m.OfficeKind)) continue;
            if (tenure.Tenure(EntityResources.Default.Kb.ById(m.KbId), m.OfficeKind, m.Country, m.Sector) is { } t)
                result.Add($"{t.From}..{t.To} {m.Span} {t.Explanation}");
        }
        return result;
    }

    private static List<string> Describe(IEnumerable<DateConstraint> constraints) =>
        [.. constraints.Select(c => $"{c.NotBefore}..{c.NotAfter} {c.Evidence.Span} {c.Evidence.Explanation[(c.Evidence.Explanation.IndexOf('(') + 1)..^1]}")];

    [SharedFact]
    public void Windowed_office_tenures_equal_whole_article_resolution()
    {
        var tenure = new OfficeTenureConstraints(EntityResources.Default);
        int articles = 0, withConstraints = 0, differing = 0;
        foreach (var doc in Documents(WikinewsTexts().Concat(SampleTexts()).Concat(SeedTexts())))
        {
            articles++;
            var expected = WholeArticleConstraints(doc, tenure);
            var actual = Describe(tenure.Collect(doc));
            if (expected.Count > 0) withConstraints++;
            if (expected.SequenceEqual(actual)) continue;
            differing++;
            output.WriteLine($"differs in '{doc.Text[..Math.Min(60, doc.Text.Length)].ReplaceLineEndings(" ")}':");
            foreach (string e in expected) output.WriteLine("  whole:    " + e);
            foreach (string a in actual) output.WriteLine("  windowed: " + a);
        }
        output.WriteLine($"{articles} articles, {withConstraints} with office-tenure constraints, {differing} differing");
        Assert.True(withConstraints > 10, $"only {withConstraints} articles with constraints: the comparison says little");
        Assert.Equal(0, differing);
    }

    /// <summary>
    /// Throughput of the entity stage alone (resolver, NER-fed names, role nouns, pronoun coreference) on 100 Wikinews
    /// articles that already carry their token, tag, parse and NER layers; one thread, median of three passes.
    /// </summary>
    [SharedFact]
    public void Entity_stage_throughput()
    {
        var ingest = StageCatalog.Build(StagePhase.Ingest);
        var nlp = StageCatalog.All.Where(e => e.Name is "tokenize" or "tagger" or "parser" or "ner").Select(e => e.Create(StageContext.Default)).ToList();
        var docs = new List<Document>();
        int n = 0;
        foreach (string text in WikinewsTexts().Take(100))
        {
            var doc = ingest.Process(new SourceArticle { Id = "w" + n++, Origin = new InputOrigin("test"), Format = InputFormat.Text, Source = text, Text = text });
            foreach (var stage in nlp) stage.Process(doc);
            docs.Add(doc);
        }
        var entities = new EntityStage();
        foreach (var d in docs.Take(5)) entities.Analyse(d); // warm up
        long chars = docs.Sum(d => (long)d.Text.Length);
        var times = new List<double>();
        for (int r = 0; r < 3; r++)
        {
            var sw = System.Diagnostics.Stopwatch.StartNew();
            foreach (var d in docs) entities.Analyse(d);
            times.Add(sw.Elapsed.TotalSeconds);
        }
        double median = times.Order().ElementAt(1);
        var resolver = new EntityResolver(EntityResources.Default);
        var sw2 = System.Diagnostics.Stopwatch.StartNew();
        foreach (var d in docs) resolver.Resolve(d.Text, d.Get(Layers.Header).Body, null);
        output.WriteLine($"resolver alone (no NER names, no pronouns): {docs.Count / sw2.Elapsed.TotalSeconds:N0} articles/s");
        output.WriteLine($"entity stage: {docs.Count} articles, {chars:N0} chars in {median:0.000} s = {docs.Count / median:N0} articles/s, {chars / median / 1e6:0.00} MB/s (median of 3, one thread)");
        Assert.True(docs.Count / median > 10, $"{docs.Count / median:0.0} articles/s");
    }

    [Fact]
    public void Collect_allocates_little()
    {
        var tenure = new OfficeTenureConstraints(EntityResources.Default);
        var docs = Documents(SampleTexts()).ToList();
        foreach (var doc in docs) tenure.Collect(doc); // warm up: resources, JIT, lazy caches
        long before = GC.GetAllocatedBytesForCurrentThread();
        int chars = 0;
        foreach (var doc in docs) { tenure.Collect(doc); chars += doc.Text.Length; }
        long bytes = GC.GetAllocatedBytesForCurrentThread() - before;
        output.WriteLine($"{docs.Count} articles, {chars} chars: {bytes} bytes allocated by Collect ({bytes / docs.Count} per article)");
        // Generous: a few tokens per title window, never a per-character or whole-article cost.
        Assert.True(bytes <= 128 * 1024 * docs.Count, $"Collect allocated {bytes} bytes over {docs.Count} articles");
    }

    private static IEnumerable<Document> Documents(IEnumerable<string> texts)
    {
        var pipeline = new PipelineBuilder().Add(new HeaderStage()).Build();
        int n = 0;
        foreach (string text in texts)
        {
            yield return pipeline.Process(new SourceArticle
            {
                Id = "t" + n++, Origin = new InputOrigin("test"), Format = InputFormat.Text, Source = text, Text = text,
            });
        }
    }

    private static IEnumerable<string> SampleTexts()
    {
        string dir = Path.Combine(SharedData.RepoRoot, "samples");
        foreach (string line in File.ReadLines(Path.Combine(dir, "wikinews-diplomacy.jsonl")))
        {
            using var json = JsonDocument.Parse(line);
            yield return json.RootElement.GetProperty("text").GetString()!;
        }
        foreach (string path in Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal)) yield return File.ReadAllText(path);
    }

    private static IEnumerable<string> SeedTexts() =>
        Directory.GetFiles(SharedData.Path("seeds"), "*.txt").Order(StringComparer.Ordinal).Select(p => File.ReadAllText(p).Replace("\r\n", "\n"));

    /// <summary>The text column of the shared Wikinews 2019–2020 CSV files (RFC 4180 quoting).</summary>
    private static IEnumerable<string> WikinewsTexts()
    {
        foreach (string file in new[] { "wikinews_2019.csv", "wikinews_2020.csv" })
        {
            string csv = File.ReadAllText(SharedData.Path("data", "wikinews-2019-2020", file));
            var fields = new List<string>();
            var field = new StringBuilder();
            bool quoted = false, header = true;
            for (int i = 0; i < csv.Length; i++)
            {
                char c = csv[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"') { field.Append('"'); i++; }
                    else if (c == '"') quoted = false;
                    else field.Append(c);
                }
                else if (c == '"') quoted = true;
                else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
                else if (c == '\n' || i == csv.Length - 1)
                {
                    if (c != '\n' && c != '\r') field.Append(c);
                    fields.Add(field.ToString().TrimEnd('\r'));
                    field.Clear();
                    if (!header && fields.Count == 4) yield return fields[3];
                    header = false;
                    fields.Clear();
                }
                else field.Append(c);
            }
        }
    }
}
