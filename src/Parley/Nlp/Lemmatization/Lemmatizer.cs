using Parley.Nlp.Learning;

namespace Parley.Nlp.Lemmatization;

/// <summary>
/// Lemmatizer learned from a treebank: an exception table of (form, XPOS) → lemma seen in training (exact
/// case first, then case-insensitive), and for unseen words a suffix rewrite rule chosen by the longest known
/// suffix for that XPOS. Lemmas are lower-cased except for tags whose training lemmas keep their case
/// (proper nouns in EWT). Also guesses UD FEATS from the same lexicon. Immutable and thread-safe.
/// </summary>
public sealed class Lemmatizer
{
    internal const string Kind = "lemmatizer";
    internal const int Version = 1;
    internal const int MaxSuffix = 6;

    private readonly Dictionary<string, (string Xpos, string Lemma, string Feats)[]> _exact;
    private readonly Dictionary<string, (string Xpos, string Lemma, string Feats)[]> _folded;
    private readonly Dictionary<string, Dictionary<string, SuffixRule>> _rules;
    private readonly HashSet<string> _keepsCase;
    private readonly Dictionary<string, string> _featsByTags;

    internal Lemmatizer(
        Dictionary<string, (string, string, string)[]> exact,
        Dictionary<string, Dictionary<string, SuffixRule>> rules,
        HashSet<string> keepsCase,
        Dictionary<string, string> featsByTags)
    {
        _exact = exact;
        _folded = new Dictionary<string, (string, string, string)[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var (form, entries) in exact.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            _folded.TryAdd(form, entries); // first in ordinal order (capitals first) wins; only used when the exact form is unseen
        _rules = rules;
        _keepsCase = keepsCase;
        _featsByTags = featsByTags;
    }

    internal readonly record struct SuffixRule(int Cut, string Append);

    /// <summary>Lemma and FEATS together, with one table lookup.</summary>
    public void Analyze(string form, string upos, string xpos, out string lemma, out string feats)
    {
        if (Lookup(form, xpos) is { } entry)
        {
            lemma = entry.Lemma;
            feats = entry.Feats;
            return;
        }
        lemma = ByRule(form, xpos);
        feats = _featsByTags.TryGetValue(TagKey(upos, xpos), out var f) ? f : "_";
    }

    /// <summary>The lemma of <paramref name="form"/> tagged <paramref name="xpos"/>.</summary>
    public string Lemmatize(string form, string upos, string xpos) =>
        Lookup(form, xpos) is { } entry ? entry.Lemma : ByRule(form, xpos);

    private string ByRule(string form, string xpos)
    {
        string source = _keepsCase.Contains(xpos) ? form : form.ToLowerInvariant();
        if (_rules.TryGetValue(xpos, out var bySuffix))
        {
            var lookup = bySuffix.GetAlternateLookup<ReadOnlySpan<char>>();
            for (int k = Math.Min(MaxSuffix, source.Length); k >= 0; k--)
            {
                if (lookup.TryGetValue(source.AsSpan(source.Length - k), out var rule) && rule.Cut < source.Length)
                    return rule.Cut == 0 && rule.Append.Length == 0 ? source : string.Concat(source.AsSpan(0, source.Length - rule.Cut), rule.Append);
            }
        }
        return source;
    }

    /// <summary>UD FEATS (<c>_</c> when none): the most frequent for this word and XPOS in training, else for the tag pair.</summary>
    public string Features(string form, string upos, string xpos)
    {
        if (Lookup(form, xpos) is { } entry) return entry.Feats;
        return _featsByTags.TryGetValue(TagKey(upos, xpos), out var feats) ? feats : "_";
    }

    internal static string TagKey(string upos, string xpos) => upos + "|" + xpos;

    private (string Xpos, string Lemma, string Feats)? Lookup(string form, string xpos)
    {
        if (_exact.TryGetValue(form, out var entries) || _folded.TryGetValue(form, out entries))
        {
            foreach (var e in entries)
                if (e.Xpos == xpos) return e;
        }
        return null;
    }

    public void Save(string path) => ModelFile.Save(path, Kind, Version, w =>
    {
        w.Write(_exact.Count);
        foreach (var (form, entries) in _exact.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            w.Write(form);
            w.Write(entries.Length);
            foreach (var (xpos, lemma, feats) in entries)
            {
                w.Write(xpos);
                w.Write(lemma);
                w.Write(feats);
            }
        }
        w.Write(_rules.Count);
        foreach (var (xpos, bySuffix) in _rules.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            w.Write(xpos);
            w.Write(bySuffix.Count);
            foreach (var (suffix, rule) in bySuffix.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                w.Write(suffix);
                w.Write(rule.Cut);
                w.Write(rule.Append);
            }
        }
        ModelFile.WriteStrings(w, [.. _keepsCase.Order(StringComparer.Ordinal)]);
        w.Write(_featsByTags.Count);
        foreach (var (tags, feats) in _featsByTags.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            w.Write(tags);
            w.Write(feats);
        }
    });

    public static Lemmatizer Load(string path) => ModelFile.Load(path, Kind, Version, r =>
    {
        int n = r.ReadInt32();
        var exact = new Dictionary<string, (string, string, string)[]>(n, StringComparer.Ordinal);
        for (int i = 0; i < n; i++)
        {
            string form = r.ReadString();
            var entries = new (string, string, string)[r.ReadInt32()];
            for (int j = 0; j < entries.Length; j++)
                entries[j] = (string.Intern(r.ReadString()), r.ReadString(), string.Intern(r.ReadString()));
            exact[form] = entries;
        }
        int tags = r.ReadInt32();
        var rules = new Dictionary<string, Dictionary<string, SuffixRule>>(StringComparer.Ordinal);
        for (int i = 0; i < tags; i++)
        {
            string xpos = r.ReadString();
            int count = r.ReadInt32();
            var bySuffix = new Dictionary<string, SuffixRule>(count, StringComparer.Ordinal);
            for (int j = 0; j < count; j++) bySuffix[r.ReadString()] = new SuffixRule(r.ReadInt32(), r.ReadString());
            rules[xpos] = bySuffix;
        }
        var keepsCase = new HashSet<string>(ModelFile.ReadStrings(r), StringComparer.Ordinal);
        int pairs = r.ReadInt32();
        var featsByTags = new Dictionary<string, string>(pairs, StringComparer.Ordinal);
        for (int i = 0; i < pairs; i++) featsByTags[r.ReadString()] = string.Intern(r.ReadString());
        return new Lemmatizer(exact, rules, keepsCase, featsByTags);
    });
}
