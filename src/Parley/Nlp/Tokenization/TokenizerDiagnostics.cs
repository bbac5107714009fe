using Parley.Nlp.Evaluation;

namespace Parley.Nlp.Tokenization;

/// <summary>
/// Lists what the tokenizer gets wrong on a treebank's raw text (<see cref="RawTextCorpus"/>), by class, so that the
/// biggest classes can be fixed first: gold tokens it does not produce (URLs and e-mails, hyphens, periods and
/// abbreviations, apostrophes, …), tokens it splits into the wrong words (multi-word tokens) and sentence ends it
/// misses or adds (by what the last token is and how the next one starts). Positions are counted in non-space
/// characters, as the CoNLL 2018 scorer aligns them. <c>parley eval-ud --show-errors</c> prints the report.
/// </summary>
public static class TokenizerDiagnostics
{
    public sealed record Report(
        int GoldTokens, int CorrectTokens, int GoldSentenceEnds, int CorrectSentenceEnds,
        IReadOnlyDictionary<string, List<string>> Classes)
    {
        public int Count(string prefix) => Classes.Where(c => c.Key.StartsWith(prefix, StringComparison.Ordinal)).Sum(c => c.Value.Count);

        public IEnumerable<string> Lines(int examples = 3)
        {
            foreach (var (name, items) in Classes.OrderByDescending(c => c.Value.Count).ThenBy(c => c.Key, StringComparer.Ordinal))
            {
                yield return $"{items.Count,5}  {name}";
                foreach (var e in items.Take(examples)) yield return $"         {e}";
            }
        }
    }

    public static Report Analyse(RawTextCorpus corpus, Tokenizer tokenizer)
    {
        var system = tokenizer.WithOptions(TokenizerOptions.Wrapped).Tokenize(corpus.Text, corpus.Paragraphs);
        string text = corpus.Text;
        var stripped = new int[text.Length + 1];
        for (int i = 0; i < text.Length; i++) stripped[i + 1] = stripped[i] + (Tokenizer.IsSpace(text[i]) ? 0 : 1);

        // gold tokens, their words and sentence ends, in non-space characters
        var gold = new List<(int Start, int End, string Form, string[] Words, int Sentence)>();
        var goldEnds = new HashSet<int>();
        int position = 0;
        for (int s = 0; s < corpus.Gold.Count; s++)
        {
            var words = corpus.Gold[s].Words;
            foreach (var (form, first, last, _) in corpus.Gold[s].Tokens()) // word ids, from 1
            {
                int length = form.Count(c => !Tokenizer.IsSpace(c));
                gold.Add((position, position + length, form, [.. Enumerable.Range(first, last - first + 1).Select(w => words[w - 1].Form.ToLowerInvariant())], s));
                position += length;
            }
            goldEnds.Add(position);
        }

        var systemTokens = new Dictionary<(int, int), string[]>();
        var forms = system.WordForms;
        for (int t = 0; t < system.TokenCount; t++)
        {
            var span = system.TokenSpan(t);
            systemTokens[(stripped[span.Start], stripped[span.End])] =
                [.. Enumerable.Range(system.TokenFirstWord[t], system.TokenFirstWord[t + 1] - system.TokenFirstWord[t]).Select(w => forms[w].ToLowerInvariant())];
        }
        var systemEnds = new HashSet<int>();
        for (int s = 0; s < system.SentenceCount; s++)
            systemEnds.Add(stripped[system.TokenSpan(system.SentenceFirstToken[s + 1] - 1).End]);

        var classes = new Dictionary<string, List<string>>();
        void Add(string name, string example)
        {
            if (!classes.TryGetValue(name, out var list)) classes[name] = list = [];
            list.Add(example);
        }
        string Context(int g) => string.Join(' ', gold.Skip(Math.Max(0, g - 3)).Take(g - Math.Max(0, g - 3) + 3).Select(x => x.Form));

        int correctTokens = 0;
        for (int g = 0; g < gold.Count; g++)
        {
            var (start, end, form, words, _) = gold[g];
            if (!systemTokens.TryGetValue((start, end), out var systemWords))
            {
                Add("token: " + TokenClass(form), $"{form}  |  {Context(g)}");
                continue;
            }
            correctTokens++;
            if (!systemWords.SequenceEqual(words))
                Add(words.Length > systemWords.Length ? "words: multi-word token not split" : words.Length < systemWords.Length ? "words: split that is no multi-word token" : "words: split elsewhere",
                    $"{form} → {string.Join(' ', systemWords)} (gold {string.Join(' ', words)})");
        }

        var goldEndToken = new Dictionary<int, int>();
        for (int g = 0; g < gold.Count; g++) goldEndToken[gold[g].End] = g;
        foreach (int end in goldEnds.Order())
            if (!systemEnds.Contains(end)) AddBoundary("sentence end missed", end);
        foreach (int end in systemEnds.Order())
            if (!goldEnds.Contains(end)) AddBoundary("sentence end added", end);

        void AddBoundary(string kind, int end)
        {
            if (!goldEndToken.TryGetValue(end, out int g))
            {
                Add($"{kind}: inside a gold token", "");
                return;
            }
            string next = g + 1 < gold.Count ? gold[g + 1].Form : "";
            Add($"{kind}: after {LastClass(gold[g].Form)}, before {NextClass(next)}", Context(g) + "  ‖");
        }

        return new Report(gold.Count, correctTokens, goldEnds.Count, goldEnds.Count(systemEnds.Contains), classes);
    }

    private static string TokenClass(string form)
    {
        if (form.Contains('@') || form.Contains("://", StringComparison.Ordinal) || form.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) return "URL or e-mail";
        if (form is "." or "?" or "!" || form.EndsWith('.')) return "period, abbreviation or initial";
        if (form.Contains("..", StringComparison.Ordinal) || form.Contains('…')) return "ellipsis";
        if (form.Length > 1 && form.Any(char.IsLetterOrDigit) && form.Any(c => c is '-' or '–' or '—')) return "hyphenated";
        if (form.Length > 1 && !form.Any(char.IsLetterOrDigit)) return "punctuation run or emoticon";
        if (form.Any(c => c is '\'' or '’')) return "apostrophe";
        if (form.Any(c => c is '/' or '\\')) return "slash";
        return form.All(char.IsLetterOrDigit) ? "word split or glued (typo)" : "other";
    }

    private static string LastClass(string form)
    {
        if (form is "." or "?" or "!" or "..." or "…" || (form.Length > 1 && form.All(c => c is '.' or '?' or '!'))) return "final punctuation";
        if (form is "\"" or "'" or "”" or "’" or ")" or "]" or "''") return "a closing quote or bracket";
        if (form is ":" or "-" or "--" or "—" or "–" or ",") return "a colon, dash or comma";
        if (form.Length > 1 && form.EndsWith('.') && char.IsLetter(form[^2])) return "an abbreviation";
        if (form.Length > 1 && !form.Any(char.IsLetterOrDigit)) return "an emoticon or symbol run";
        if (form.Any(char.IsLetterOrDigit)) return "a word or number";
        return "other punctuation";
    }

    private static string NextClass(string form) =>
        form.Length == 0 ? "the end" :
        char.IsUpper(form[0]) ? "a capital" :
        char.IsLower(form[0]) ? "a lower-case word" :
        char.IsDigit(form[0]) ? "a number" : "punctuation or a symbol";
}
