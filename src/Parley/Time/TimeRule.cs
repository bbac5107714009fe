using System.Text.RegularExpressions;

namespace Parley.Time;

/// <summary>One compiled rule of <c>data/time/rules.txt</c>: an anchored regex, its TIMEX3 type and the words it may start at.</summary>
internal sealed record TimeRule(
    string Name,
    TimexType Type,
    IReadOnlyList<string> First,
    Regex Regex,
    string? Literal,
    string? Mod,
    IReadOnlyList<(string Text, string Value)> Examples);
