using System.Text;
using System.Text.RegularExpressions;

namespace Parley.Time;

/// <summary>
/// The word classes of <c>data/time/lexicon.txt</c>, compiled: each class maps its words (case-insensitively) to a
/// value and renders as a regex alternation. Immutable once built.
/// </summary>
internal sealed class TimeLexicon
{
    private readonly Dictionary<string, WordClass> _classes;

    private TimeLexicon(Dictionary<string, WordClass> classes) => _classes = classes;

    public sealed record WordClass(string Name, bool Cased, IReadOnlyDictionary<string, string> Words);

    public IEnumerable<WordClass> Classes => _classes.Values;

    public bool TryGet(string name, out WordClass wordClass) => _classes.TryGetValue(name, out wordClass!);

    public WordClass this[string name] =>
        _classes.TryGetValue(name, out var c) ? c : throw new FormatException($"time lexicon: no class [{name}]");

    /// <summary>The value of <paramref name="word"/> in a class (whitespace-insensitive), or null.</summary>
    public string? Value(string name, string word)
    {
        var words = this[name].Words;
        string key = word.TrimEnd('.');
        if (words.TryGetValue(key, out var v)) return v;
        return key.AsSpan().IndexOfAny(' ', '\t', '\n') >= 0 && words.TryGetValue(Regex.Replace(key.Trim(), @"\s+", "_"), out v) ? v : null;
    }

    /// <summary>The class as a regex alternation, longest words first; cased classes match Capitalised or UPPER only.</summary>
    public string Pattern(string name)
    {
        var c = this[name];
        var alternatives = new List<string>();
        foreach (string w in c.Words.Keys.OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal))
        {
            string escaped = Regex.Escape(w).Replace("_", @"\s+");
            if (c.Cased)
            {
                alternatives.Add("(?-i:" + char.ToUpperInvariant(escaped[0]) + escaped[1..] + ")");
                alternatives.Add("(?-i:" + escaped.ToUpperInvariant() + ")");
            }
            else alternatives.Add(escaped);
        }
        return "(?:" + string.Join("|", alternatives) + @")(?!\p{L})";
    }

    public static TimeLexicon Parse(string text, string source)
    {
        var classes = new Dictionary<string, WordClass>(StringComparer.Ordinal);
        Dictionary<string, string>? words = null;
        string? name = null;
        bool cased = false;
        int lineNo = 0;
        void Flush()
        {
            if (name is not null) classes[name] = new WordClass(name, cased, words!);
        }
        foreach (string raw in text.Split('\n'))
        {
            lineNo++;
            string line = raw.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            if (line[0] == '[')
            {
                Flush();
                var head = line.Trim('[', ']').Split(' ', StringSplitOptions.RemoveEmptyEntries);
                name = head[0];
                cased = head.Length > 1 && head[1] == "cased";
                if (classes.ContainsKey(name)) throw new FormatException($"{source}:{lineNo}: class [{name}] defined twice");
                words = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                continue;
            }
            if (name is null) throw new FormatException($"{source}:{lineNo}: an entry before the first [class]");
            int eq = line.IndexOf(" = ", StringComparison.Ordinal);
            if (eq < 0) throw new FormatException($"{source}:{lineNo}: expected 'word word = value'");
            string value = line[(eq + 3)..].Trim();
            if (value.Length == 0) throw new FormatException($"{source}:{lineNo}: empty value");
            foreach (string word in line[..eq].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!words!.TryAdd(word, value))
                    throw new FormatException($"{source}:{lineNo}: '{word}' is listed twice in [{name}]");
            }
        }
        Flush();
        return new TimeLexicon(classes);
    }

    /// <summary>Renders the lexicon back in its source format (for the round-trip check of the compiled resource).</summary>
    public string Describe()
    {
        var sb = new StringBuilder();
        foreach (var c in _classes.Values)
            sb.Append('[').Append(c.Name).Append(c.Cased ? " cased" : "").Append("] ").Append(c.Words.Count).Append('\n');
        return sb.ToString();
    }
}
