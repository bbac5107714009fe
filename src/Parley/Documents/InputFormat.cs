namespace Parley.Documents;

/// <summary>The input format an article was read from (SPEC §1).</summary>
public enum InputFormat
{
    Text,
    Html,
    JsonLines,
    Csv,
}
