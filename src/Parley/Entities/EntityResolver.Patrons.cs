using Parley.Documents;

namespace Parley.Entities;

/// <summary>Country words that name someone's patron or opponent rather than the actor's own country.</summary>
public sealed partial class EntityResolver
{
    /// <summary>Participles after a hyphen that make the country before them a patron: "US-backed fighters".</summary>
    private static readonly HashSet<string> PatronParticiples = new(StringComparer.Ordinal)
    {
        "backed", "sponsored", "funded", "financed", "supported", "armed", "trained", "equipped", "allied", "aligned",
        "leaning", "friendly", "installed", "imposed", "inspired",
    };

    /// <summary>
    /// "US-backed fighters", "Iranian-trained militias", "anti-Iranian protesters", "pro-Russian separatists": a country
    /// name or adjective joined by a hyphen to a patron participle, or after "anti-"/"pro-", says whom the group is backed
    /// by, against or for — not whose it is, and not a state acting. Such a word gives no actor and no country
    /// (an "X-led" coalition is X's, and stays).
    /// </summary>
    private static bool PatronOrStance(List<EntityToken> tokens, int start, int end) =>
        (start > 0 && tokens[start].Is(TokenShape.AfterHyphen) && tokens[start - 1].Key is "anti" or "pro")
        || (end < tokens.Count && tokens[end].Is(TokenShape.AfterHyphen) && PatronParticiples.Contains(tokens[end].Key));

    /// <summary>
    /// "Vietnamese-led forces", "a French-led mission": "-led" after a country word keeps the group the leader's (unlike
    /// "-backed"), so the title after it takes that country.
    /// </summary>
    private static bool LedBy(List<EntityToken> tokens, int at) =>
        at < tokens.Count && tokens[at].Is(TokenShape.AfterHyphen) && tokens[at].Key == "led";
}
