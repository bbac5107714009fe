namespace Parley.Nlp.Tokenization;

/// <summary>How the tokenizer reads the layout of a text.</summary>
public sealed record TokenizerOptions
{
    /// <summary>News layout: a single line break ends a sentence (a title without final punctuation, a dateline).</summary>
    public static TokenizerOptions News { get; } = new();

    /// <summary>
    /// Wrapped text, as the CoNLL 2018 shared task's raw files: single line breaks are only wrapping;
    /// a blank line (paragraph break) still ends a sentence.
    /// </summary>
    public static TokenizerOptions Wrapped { get; } = new() { LineBreakEndsSentence = false };

    /// <summary>True (default) when a single line break always ends a sentence. A blank line always does.</summary>
    public bool LineBreakEndsSentence { get; init; } = true;
}
