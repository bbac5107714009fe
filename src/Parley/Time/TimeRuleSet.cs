using System.Globalization;
using System.Text.RegularExpressions;

namespace Parley.Time;

/// <summary>
/// The time rules and lexicon, compiled once from the embedded <c>data/time/*.txt</c> resources: rule macros expanded,
/// regexes compiled and anchored, the trigger table (first word → rules) built, and every rule's examples checked to
/// match in full and to start at one of the rule's trigger words. A malformed file is a <see cref="FormatException"/>
/// at build time, never a silent miss. Immutable and thread-safe.
/// </summary>
internal sealed partial class TimeRuleSet
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    private readonly Dictionary<string, int[]> _triggers;
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _triggerLookup;

    private TimeRuleSet(TimeLexicon lexicon, IReadOnlyList<TimeRule> rules, Dictionary<string, int[]> triggers, int[] digitRules, DateOnly reference)
    {
        Lexicon = lexicon;
        Rules = rules;
        _triggers = triggers;
        _triggerLookup = triggers.GetAlternateLookup<ReadOnlySpan<char>>();
        DigitRules = digitRules;
        ExampleReference = reference;
    }

    public TimeLexicon Lexicon { get; }
    public IReadOnlyList<TimeRule> Rules { get; }

    /// <summary>Rules that may start at a word beginning with a digit.</summary>
    public int[] DigitRules { get; }

    /// <summary>The reference date the rule file's examples are resolved against.</summary>
    public DateOnly ExampleReference { get; }

    private static readonly Lazy<TimeRuleSet> Embedded = new(() => Parse(Resource("lexicon.txt"), Resource("rules.txt")));

    public static TimeRuleSet Default => Embedded.Value;

    /// <summary>The rules that may start at <paramref name="word"/> (letters/digits), or an empty array.</summary>
    public int[] RulesFor(ReadOnlySpan<char> word) => _triggerLookup.TryGetValue(word, out var rules) ? rules : [];

    private static string Resource(string name)
    {
        var asm = typeof(TimeRuleSet).Assembly;
        using var stream = asm.GetManifestResourceStream("Parley.Time." + name)
            ?? throw new InvalidOperationException($"Missing embedded resource Parley.Time.{name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"\{([a-z]\w*)(?::(\w+))?\}")]
    private static partial Regex Macro();

    [GeneratedRegex(@"^rule\s+(\S+)\s+(DATE|TIME|DURATION|SET)\s+first=(\S+)$")]
    private static partial Regex RuleHead();

    private static readonly Dictionary<string, string> BuiltIns = new(StringComparer.Ordinal)
    {
        ["day"] = @"(?<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)",
        ["day2"] = @"(?<day2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)",
        ["year"] = @"(?<year>(?:1[6-9]|20)\d\d)(?!\d)",
        ["year2"] = @"(?<year2>(?:1[6-9]|20)\d\d)(?!\d)",
        ["hour"] = @"(?<hour>[01]?\d|2[0-3])",
        ["minute"] = @"(?<minute>[0-5]\d)",
        ["ampm"] = @"(?<ampm>[ap]\.?\s?m\b\.?)",
        ["tz"] = @"(?<tz>UTC|GMT|EST|EDT|CST|CDT|PST|PDT|CET|CEST|BST|MSK|Z)\b",
    };

    public static TimeRuleSet Parse(string lexiconText, string rulesText)
    {
        var lexicon = TimeLexicon.Parse(lexiconText.Replace("\r\n", "\n"), "lexicon.txt");
        string numberWords = lexicon.Pattern("number");
        string Expand(string pattern, int lineNo) => Macro().Replace(pattern, m =>
        {
            string name = m.Groups[1].Value;
            string group = m.Groups[2].Success ? m.Groups[2].Value : name;
            if (name == "num") return $@"(?<{group}>\d+(?:\.\d+)?(?!\d)|{numberWords}(?:[- ]{numberWords})?)";
            if (BuiltIns.TryGetValue(name, out var builtIn)) return builtIn;
            if (!lexicon.TryGet(name, out _)) throw new FormatException($"rules.txt:{lineNo}: unknown class {{{name}}}");
            return $"(?<{group}>{lexicon.Pattern(name)})";
        });

        var rules = new List<TimeRule>();
        DateOnly reference = default;
        string? name = null, pattern = null, literal = null, mod = null;
        TimexType type = default;
        string[] first = [];
        var examples = new List<(string, string)>();
        int headLine = 0, lineNo = 0;

        void Flush()
        {
            if (name is null) return;
            if (pattern is null) throw new FormatException($"rules.txt:{headLine}: rule {name} has no pattern");
            Regex regex;
            try { regex = new Regex(@"\G(?:" + Expand(pattern, headLine) + @")(?![\p{L}\p{N}])", Options); }
            catch (ArgumentException ex) { throw new FormatException($"rules.txt:{headLine}: rule {name}: {ex.Message}", ex); }
            if (examples.Count == 0) throw new FormatException($"rules.txt:{headLine}: rule {name} has no example");
            rules.Add(new TimeRule(name, type, first, regex, literal, mod, [.. examples]));
            name = pattern = literal = mod = null;
            examples.Clear();
        }

        foreach (string raw in rulesText.Replace("\r\n", "\n").Split('\n'))
        {
            lineNo++;
            string line = raw.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            if (line.StartsWith("reference:", StringComparison.Ordinal))
            {
                reference = DateOnly.ParseExact(line["reference:".Length..].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
                continue;
            }
            if (line.StartsWith("## ", StringComparison.Ordinal)) continue;
            if (line.StartsWith("rule ", StringComparison.Ordinal))
            {
                Flush();
                var head = RuleHead().Match(line);
                if (!head.Success) throw new FormatException($"rules.txt:{lineNo}: expected 'rule NAME TYPE first=a,b'");
                name = head.Groups[1].Value;
                if (rules.Any(r => r.Name == name)) throw new FormatException($"rules.txt:{lineNo}: rule {name} defined twice");
                type = Enum.Parse<TimexType>(head.Groups[2].Value, ignoreCase: true);
                first = head.Groups[3].Value.Split(',');
                headLine = lineNo;
                continue;
            }
            if (name is null) throw new FormatException($"rules.txt:{lineNo}: text outside a rule");
            if (line.StartsWith("e.g. ", StringComparison.Ordinal))
            {
                int arrow = line.IndexOf(" => ", StringComparison.Ordinal);
                if (arrow < 0) throw new FormatException($"rules.txt:{lineNo}: expected 'e.g. TEXT => VALUE'");
                examples.Add((line[5..arrow].Trim(), line[(arrow + 4)..].Trim()));
            }
            else if (line.StartsWith("value:", StringComparison.Ordinal)) literal = line[6..].Trim();
            else if (line.StartsWith("mod:", StringComparison.Ordinal)) mod = line[4..].Trim();
            else if (pattern is null) pattern = line;
            else throw new FormatException($"rules.txt:{lineNo}: rule {name} has a second pattern line");
        }
        Flush();
        if (reference == default) throw new FormatException("rules.txt: no 'reference:' date for the examples");

        var triggers = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        var digits = new List<int>();
        for (int i = 0; i < rules.Count; i++)
        {
            foreach (string f in rules[i].First)
            {
                if (f == "digit") { digits.Add(i); continue; }
                IEnumerable<string> words = lexicon.TryGet(f, out var wc) ? wc.Words.Keys.Select(w => w.Split('_')[0]) : [f];
                foreach (string w in words)
                {
                    if (!triggers.TryGetValue(w, out var list)) triggers[w] = list = [];
                    if (!list.Contains(i)) list.Add(i);
                }
            }
        }
        var set = new TimeRuleSet(lexicon, rules, triggers.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.OrdinalIgnoreCase),
            [.. digits], reference);
        set.Validate();
        return set;
    }

    /// <summary>
    /// An example with its context: <c>in [the spring]</c> is the text "in the spring" with the expression "the spring"
    /// starting at 3 (for rules whose lookbehind needs the word before); without brackets the whole example is the expression.
    /// </summary>
    public static (string Context, int Start, string Expression) Example(string example)
    {
        int open = example.IndexOf('['), close = example.IndexOf(']');
        if (open < 0 || close < open) return (example, 0, example);
        string context = example.Remove(close, 1).Remove(open, 1);
        return (context, open, example[(open + 1)..close]);
    }

    /// <summary>Every example matches its rule in full, and the scanner would try the rule at the example's first word.</summary>
    private void Validate()
    {
        for (int i = 0; i < Rules.Count; i++)
        {
            var rule = Rules[i];
            foreach (var (example, _) in rule.Examples)
            {
                var (context, at, text) = Example(example);
                var m = rule.Regex.Match(context, at);
                if (!m.Success || m.Length != text.Length)
                    throw new FormatException($"rules.txt: rule {rule.Name} does not match its example '{text}' in full");
                int end = 0;
                while (end < text.Length && char.IsLetterOrDigit(text[end])) end++;
                int start = text[0] == '\'' ? 1 : 0;
                bool tried = char.IsDigit(text[start]) ? DigitRules.Contains(i) : RulesFor(text.AsSpan(0, end)).Contains(i);
                if (!tried)
                    throw new FormatException($"rules.txt: rule {rule.Name}: its example '{text}' starts with a word not in first={string.Join(",", rule.First)}");
                if (text.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
                {
                    int next = 4, nextEnd = 4;
                    while (nextEnd < text.Length && char.IsLetterOrDigit(text[nextEnd])) nextEnd++;
                    if (!char.IsDigit(text[next]) && RulesFor(text.AsSpan(next, nextEnd - next)).Length == 0)
                        throw new FormatException($"rules.txt: rule {rule.Name}: in '{text}' the word after 'the' must itself start some rule (the scanner skips 'the' otherwise)");
                }
            }
        }
    }
}
