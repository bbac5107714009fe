using System.Text.Json.Serialization;

namespace Parley.Documents;

/// <summary>
/// A half-open character range <c>[Start, End)</c> over a document's cleaned text.
/// The one span type of the project: every layer addresses text with it.
/// </summary>
public readonly record struct Span
{
    [JsonConstructor]
    public Span(int start, int end)
    {
        if (start < 0 || end < start)
            throw new ArgumentOutOfRangeException(nameof(end), $"Invalid span [{start}, {end}).");
        Start = start;
        End = end;
    }

    public int Start { get; }
    public int End { get; }
    [JsonIgnore]
    public int Length => End - Start;
    [JsonIgnore]
    public bool IsEmpty => End == Start;

    public bool Contains(int offset) => offset >= Start && offset < End;
    public bool Contains(Span other) => other.Start >= Start && other.End <= End;
    public bool Overlaps(Span other) => Start < other.End && other.Start < End;

    public ReadOnlySpan<char> Of(string text) => text.AsSpan(Start, Length);
    public string TextOf(string text) => text.Substring(Start, Length);

    public override string ToString() => $"[{Start},{End})";
}
