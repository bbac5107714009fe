using System.Text.Json;
using System.Text.RegularExpressions;
using Parley.Tests.Support;

namespace Parley.Tests.Specs;

/// <summary>
/// Spec examples are written in invented sentences: a rule proved only on a seed or PLOVER dev sentence with the names
/// swapped is a rule written for that sentence. This gate compares every sentence of every spec example's text blocks
/// with every sentence of the seeds and every PLOVER GSR dev record, and fails on one that shares
/// <see cref="MaxSharedFourGrams"/> or more word 4-grams with a single evaluation sentence (case-folded words, no
/// punctuation). Stock phrases ("on the sidelines of a") share one or two; a templated copy shares five or more.
/// </summary>
public sealed partial class SpecOriginalityTests
{
    private const int MaxSharedFourGrams = 5;

    [SharedFact]
    public void No_spec_example_copies_an_evaluation_sentence()
    {
        var references = EvaluationSentences().Select(s => (Text: s, Grams: FourGrams(s))).Where(r => r.Grams.Count > 0).ToList();
        Assert.NotEmpty(references);
        var copies = new List<string>();
        string testsRoot = Path.Combine(SharedData.RepoRoot, "tests", "Parley.Tests");
        var files = Directory.EnumerateFiles(testsRoot, "*.md", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) == "Specs" && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(files);
        foreach (string file in files)
        {
            string text = File.ReadAllText(file).Replace("\r\n", "\n");
            foreach (Match block in TextBlock().Matches(text))
            foreach (string sentence in Sentences(block.Groups[1].Value))
            {
                var grams = FourGrams(sentence);
                if (grams.Count < MaxSharedFourGrams) continue;
                foreach (var (reference, refGrams) in references)
                {
                    int shared = grams.Count(refGrams.Contains);
                    if (shared >= MaxSharedFourGrams)
                        copies.Add($"{Path.GetFileName(file)}: \"{sentence}\" shares {shared} 4-grams with \"{reference}\"");
                }
            }
        }
        Assert.True(copies.Count == 0, "spec sentences too close to evaluation sentences:\n" + string.Join('\n', copies));
    }

    [Fact]
    public void Four_grams_catch_a_sentence_with_its_names_swapped()
    {
        var original = FourGrams("Diplomats say that despite their differences, Peru and Chile have worked closely on fishing quotas.");
        var swapped = FourGrams("Diplomats say that despite their differences, Kenya and Ghana have worked closely on fishing quotas.");
        var reworded = FourGrams("Observers note that in spite of old quarrels, Kenya and Ghana cooperate on fisheries.");
        Assert.True(swapped.Count(original.Contains) >= MaxSharedFourGrams);
        Assert.True(reworded.Count(original.Contains) < MaxSharedFourGrams);
    }

    private static IEnumerable<string> EvaluationSentences()
    {
        foreach (string seed in Directory.EnumerateFiles(SharedData.Path("seeds")))
        foreach (string line in File.ReadLines(seed))
        foreach (string sentence in Sentences(line))
            yield return sentence;
        using var plover = JsonDocument.Parse(File.ReadAllText(SharedData.Path("data", "plover", "PLOVER_GSR_dev.json")));
        foreach (var record in plover.RootElement.EnumerateArray())
            if (record.TryGetProperty("text", out var text) && text.GetString() is { } s)
                foreach (string sentence in Sentences(s))
                    yield return sentence;
    }

    private static IEnumerable<string> Sentences(string text) =>
        SentenceBreak().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0);

    private static HashSet<string> FourGrams(string sentence)
    {
        var words = Word().Matches(sentence).Select(m => m.Value.ToLowerInvariant()).ToList();
        var grams = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i + 4 <= words.Count; i++) grams.Add(string.Join(' ', words.GetRange(i, 4)));
        return grams;
    }

    [GeneratedRegex(@"```text\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex TextBlock();

    [GeneratedRegex(@"(?<=[.!?])\s+|\n")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"[A-Za-z]+")]
    private static partial Regex Word();
}
