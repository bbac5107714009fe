using Parley.Documents;
using Parley.Nlp.Tokenization;
using Parley.Tests.Support;

namespace Parley.Tests.Nlp;

/// <summary>Runs the readable examples of <c>Specs/tokenizer.md</c> and <c>Specs/sentences.md</c>.</summary>
public sealed class TokenizerSpecTests
{
    private static string SpecPath(string name) => Path.Combine(SharedData.RepoRoot, "tests", "Parley.Tests", "Nlp", "Specs", name);

    /// <summary>(input, expected lines) pairs: a '>' line starts an example, its expectation lines start with <paramref name="marker"/>.</summary>
    private static IEnumerable<(string Input, List<string> Expected)> Examples(string name, char marker)
    {
        string? input = null;
        var expected = new List<string>();
        foreach (var line in File.ReadLines(SpecPath(name)))
        {
            if (line.StartsWith("> ", StringComparison.Ordinal))
            {
                if (input is not null) yield return (input, expected);
                input = line[2..].Replace("\\n", "\n", StringComparison.Ordinal);
                expected = [];
            }
            else if (line.StartsWith(marker + " ", StringComparison.Ordinal) && input is not null)
                expected.Add(line[2..]);
        }
        if (input is not null) yield return (input, expected);
    }

    public static TheoryData<string, string> TokenExamples()
    {
        var data = new TheoryData<string, string>();
        foreach (var (input, expected) in Examples("tokenizer.md", '='))
            data.Add(input, Assert.Single(expected));
        return data;
    }

    public static TheoryData<string, string[]> SentenceExamples()
    {
        var data = new TheoryData<string, string[]>();
        foreach (var (input, expected) in Examples("sentences.md", '-'))
            data.Add(input, [.. expected]);
        return data;
    }

    /// <summary>The tokens of a text in spec notation: <c>tok | tok (w1 w2) | …</c>.</summary>
    internal static string Notation(TokenizedText tokens)
    {
        var cells = new List<string>();
        for (int t = 0; t < tokens.TokenCount; t++)
        {
            string cell = tokens.TokenForm(t);
            if (tokens.IsMultiwordToken(t))
            {
                var words = new List<string>();
                for (int w = tokens.TokenFirstWord[t]; w < tokens.TokenFirstWord[t + 1]; w++)
                    words.Add(tokens.WordForm(w));
                cell += " (" + string.Join(' ', words) + ")";
            }
            cells.Add(cell);
        }
        return string.Join(" | ", cells);
    }

    [Theory]
    [MemberData(nameof(TokenExamples))]
    public void Tokenizes_as_the_spec_says(string input, string expected) =>
        Assert.Equal(expected, Notation(Tokenizer.Default.Tokenize(input)));

    [Theory]
    [MemberData(nameof(SentenceExamples))]
    public void Splits_sentences_as_the_spec_says(string input, string[] expected)
    {
        var tokens = Tokenizer.Default.Tokenize(input);
        var sentences = Enumerable.Range(0, tokens.SentenceCount).Select(s => tokens.SentenceSpan(s).TextOf(input)).ToArray();
        Assert.Equal(expected, sentences);
    }

    [Fact]
    public void Spec_files_have_examples()
    {
        Assert.True(TokenExamples().Count >= 10);
        Assert.True(SentenceExamples().Count >= 4);
    }
}
