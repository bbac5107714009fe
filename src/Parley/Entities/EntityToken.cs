using Parley.Documents;

namespace Parley.Entities;

/// <summary>
/// One word or punctuation mark of the text as the entity matcher sees it. <see cref="Key"/> is <see cref="NameFold.Plain"/>
/// of the surface ("U.S." → "us"); <see cref="Shape"/> carries the case facts the case rules need.
/// </summary>
public readonly record struct EntityToken(Span Span, string Key, TokenShape Shape)
{
    public bool Is(TokenShape flag) => (Shape & flag) != 0;
    public bool IsWord => (Shape & TokenShape.Punct) == 0;
}

/// <summary>Case and attachment facts of an <see cref="EntityToken"/>.</summary>
[Flags]
public enum TokenShape
{
    None = 0,
    Capitalized = 1,
    AllCaps = 2,
    Punct = 4,
    /// <summary>Joined to the previous word by a hyphen ("UN-Arab", "Ki-moon").</summary>
    AfterHyphen = 8,
    /// <summary>A possessive "'s" / "`s" following a word.</summary>
    Possessive = 16,
    /// <summary>First word of a sentence or line: its capital says nothing.</summary>
    SentenceStart = 32,
    Digit = 64,
}
