using System.Diagnostics;
using Parley.Dates;
using Parley.Documents;

namespace Parley.Time.Evaluation;

/// <summary>
/// Scores a <see cref="TimeTagger"/> on annotated documents, each tagged against its own DCT as the reference date.
/// GUM annotates calendar dates only, so there only the tagger's DATE and TIME expressions count.
/// </summary>
public sealed class TimexEvaluator(TimeTagger tagger)
{
    public TimexScore Score(string corpus, string split, IReadOnlyList<TimexDocument> docs)
    {
        int tokens = 0, gold = 0, system = 0, strict = 0, relaxed = 0, typeOk = 0, typeCompared = 0, valueOk = 0;
        foreach (var doc in docs)
        {
            var found = Tag(doc);
            tokens += CountTokens(doc.Text);
            var scoredGold = doc.Gold.Where(g => doc.Annotated.Any(a => a.Contains(g.Span))).ToList();
            gold += scoredGold.Count;
            system += found.Count;
            var strictUsed = new HashSet<int>();
            foreach (var g in scoredGold)
            {
                int k = found.FindIndex(e => e.Span == g.Span);
                if (k >= 0 && strictUsed.Add(k)) strict++;
            }
            // Relaxed pairs: exact spans first, then the first overlapping expression still free, one-to-one.
            var pairs = new Dictionary<TimexGold, int>();
            var used = new HashSet<int>();
            foreach (var g in scoredGold)
            {
                int k = found.FindIndex(e => e.Span == g.Span);
                if (k >= 0 && used.Add(k)) pairs[g] = k;
            }
            foreach (var g in scoredGold)
            {
                if (pairs.ContainsKey(g)) continue;
                for (int i = 0; i < found.Count; i++)
                {
                    if (!used.Contains(i) && found[i].Span.Overlaps(g.Span)) { used.Add(i); pairs[g] = i; break; }
                }
            }
            foreach (var g in scoredGold)
            {
                if (!pairs.TryGetValue(g, out int k)) continue;
                relaxed++;
                var e = found[k];
                if (g.Type is { } gt)
                {
                    typeCompared++;
                    if (gt == e.Type) typeOk++;
                }
                if (ValueMatches(g, e)) valueOk++;
            }
        }
        return new TimexScore(corpus, split, docs.Count, tokens, gold, system, strict, relaxed, typeOk, typeCompared, valueOk);
    }

    /// <summary>The tagger's expressions for one document, as scored: inside the annotated regions (GUM: dates and times only).</summary>
    public List<TimeExpression> Tag(TimexDocument doc)
    {
        var found = tagger.Tag(doc.Text, Reference(doc.Dct));
        return found.Where(e => doc.Annotated.Any(a => a.Contains(e.Span))
            && (doc.Corpus != TimexCorpusReader.Gum || e.Type is TimexType.Date or TimexType.Time)).ToList();
    }

    public static ReferenceDate Reference(DateOnly dct) => new()
    {
        Value = new PartialDate(dct.Year, dct.Month, dct.Day),
        Granularity = DateGranularity.Day,
        Source = ReferenceDateSource.Metadata,
    };

    public static bool ValueMatches(TimexGold g, TimeExpression e)
    {
        if (g.Type is not null) return string.Equals(g.Value, e.Value, StringComparison.Ordinal);
        if (!TimexInterval.TryParse(e.Value, out var s, out var t)) return false;
        if (g.Value is not null) return TimexInterval.TryParse(g.Value, out var gs, out var ge) && gs == s && ge == t;
        bool ok = g.From is not null || g.To is not null || g.NotBefore is not null || g.NotAfter is not null;
        if ((g.From ?? g.NotBefore) is { } from) ok &= TimexInterval.TryParse(from, out var fs, out _) && fs == s;
        if ((g.To ?? g.NotAfter) is { } to) ok &= TimexInterval.TryParse(to, out _, out var te) && te == t;
        return ok;
    }

    /// <summary>Tokens as the corpora count them: the texts are rebuilt from tokens joined by single spaces and newlines.</summary>
    public static int CountTokens(string text)
    {
        int n = 0;
        bool inToken = false;
        foreach (char c in text)
        {
            bool space = c == ' ' || c == '\n';
            if (!space && !inToken) n++;
            inToken = !space;
        }
        return n;
    }

    /// <summary>
    /// Single-thread throughput of tagging over <paramref name="rounds"/> passes after a warm-up pass: tokens per second of
    /// wall-clock time and per second of this process's CPU time. On a shared machine the wall-clock figure drops with the
    /// load; the CPU-time figure is the per-core speed (it also counts GC threads' work, so it errs low).
    /// </summary>
    public (double Wall, double Cpu) TokensPerSecond(IReadOnlyList<TimexDocument> docs, int rounds)
    {
        var refs = docs.Select(d => Reference(d.Dct)).ToArray();
        long tokens = docs.Sum(d => (long)CountTokens(d.Text));
        for (int i = 0; i < docs.Count; i++) tagger.Tag(docs[i].Text, refs[i]);
        using var process = Process.GetCurrentProcess();
        var cpu0 = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        for (int r = 0; r < rounds; r++)
            for (int i = 0; i < docs.Count; i++) tagger.Tag(docs[i].Text, refs[i]);
        double wall = watch.Elapsed.TotalSeconds;
        process.Refresh();
        double cpu = (process.TotalProcessorTime - cpu0).TotalSeconds;
        return (tokens * rounds / wall, tokens * rounds / Math.Max(cpu, 1e-9));
    }
}
