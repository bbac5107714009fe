using Parley.Nlp.Conllu;

namespace Parley.Nlp.Lemmatization;

/// <summary>Builds a <see cref="Lemmatizer"/> from gold CoNLL-U sentences by counting; deterministic (ties break by ordinal order).</summary>
public static class LemmatizerTrainer
{
    public static Lemmatizer Train(IReadOnlyList<ConlluSentence> sentences)
    {
        // (form, xpos) → lemma and feats counts
        var table = new Dictionary<(string Form, string Xpos), (Dictionary<string, int> Lemmas, Dictionary<string, int> Feats)>();
        var caseVotes = new Dictionary<string, (int Keep, int Lower)>(StringComparer.Ordinal);
        var featsByTags = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var w in sentences.SelectMany(s => s.Words))
        {
            if (!table.TryGetValue((w.Form, w.Xpos), out var counts))
                table[(w.Form, w.Xpos)] = counts = ([], []);
            Bump(counts.Lemmas, w.Lemma);
            Bump(counts.Feats, w.Feats);
            string tags = Lemmatizer.TagKey(w.Upos, w.Xpos);
            if (!featsByTags.TryGetValue(tags, out var f)) featsByTags[tags] = f = [];
            Bump(f, w.Feats);
            if (w.Form.Any(char.IsUpper) && w.Form.Length > 1)
            {
                var (keep, lower) = caseVotes.GetValueOrDefault(w.Xpos);
                caseVotes[w.Xpos] = w.Lemma.Any(char.IsUpper) ? (keep + 1, lower) : (keep, lower + 1);
            }
        }
        var keepsCase = caseVotes.Where(kv => kv.Value.Keep > kv.Value.Lower).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);

        var exact = new Dictionary<string, (string, string, string)[]>(StringComparer.Ordinal);
        foreach (var group in table.GroupBy(kv => kv.Key.Form, StringComparer.Ordinal))
            exact[group.Key] = [.. group.OrderBy(kv => kv.Key.Xpos, StringComparer.Ordinal).Select(kv => (string.Intern(kv.Key.Xpos), Top(kv.Value.Lemmas), string.Intern(Top(kv.Value.Feats))))];

        // Suffix rules from word types (each (form, xpos) once), so frequent irregular words do not dominate.
        var ruleCounts = new Dictionary<string, Dictionary<string, Dictionary<Lemmatizer.SuffixRule, int>>>(StringComparer.Ordinal);
        foreach (var ((form, xpos), counts) in table)
        {
            string lemma = Top(counts.Lemmas);
            string source = keepsCase.Contains(xpos) ? form : form.ToLowerInvariant();
            int common = 0;
            while (common < source.Length && common < lemma.Length && source[common] == lemma[common]) common++;
            var rule = new Lemmatizer.SuffixRule(source.Length - common, lemma[common..]);
            if (!ruleCounts.TryGetValue(xpos, out var bySuffix)) ruleCounts[xpos] = bySuffix = new(StringComparer.Ordinal);
            for (int k = 0; k <= Math.Min(Lemmatizer.MaxSuffix, source.Length); k++)
            {
                // A suffix must cover what the rule cuts, or the rule would rewrite characters it never saw.
                if (k < rule.Cut) continue;
                string suffix = source[^k..];
                if (!bySuffix.TryGetValue(suffix, out var rules)) bySuffix[suffix] = rules = [];
                rules[rule] = rules.GetValueOrDefault(rule) + 1;
            }
        }
        var best = new Dictionary<string, Dictionary<string, Lemmatizer.SuffixRule>>(StringComparer.Ordinal);
        foreach (var (xpos, bySuffix) in ruleCounts)
        {
            var chosen = new Dictionary<string, Lemmatizer.SuffixRule>(StringComparer.Ordinal);
            foreach (var (suffix, rules) in bySuffix)
            {
                var top = rules.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key.Cut).ThenBy(kv => kv.Key.Append, StringComparer.Ordinal).First();
                if (suffix.Length == 0 || top.Value >= 2) chosen[suffix] = top.Key;
            }
            best[xpos] = chosen;
        }
        var featsTable = featsByTags.ToDictionary(kv => kv.Key, kv => string.Intern(Top(kv.Value)), StringComparer.Ordinal);
        return new Lemmatizer(exact, best, keepsCase, featsTable);
    }

    private static void Bump(Dictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;

    private static string Top(Dictionary<string, int> counts) =>
        counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key;
}
