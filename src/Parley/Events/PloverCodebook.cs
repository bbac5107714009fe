using System.Collections.Frozen;

namespace Parley.Events;

/// <summary>
/// The PLOVER v2.0 vocabulary Parley codes with: type names as written in data ("CONSULT"), the modes the manual
/// gives each type (tables 3.1–3.11), modality names and sector codes (table 5.2). Shared by the gold reader,
/// the exporters and the lexicon compiler so they agree on one spelling.
/// </summary>
public static class PloverCodebook
{
    private static readonly string[] RequestRejectModes = ["assist", "change", "yield", "meet"];

    private static readonly FrozenDictionary<PloverType, string[]> ModesByType = new Dictionary<PloverType, string[]>
    {
        [PloverType.Agree] = [],
        [PloverType.Support] = [],
        [PloverType.Concede] = [],
        [PloverType.Cooperate] = [],
        [PloverType.Aid] = [],
        [PloverType.Consult] = ["visit", "third-party", "multilateral", "phone"],
        [PloverType.Retreat] = ["withdraw", "release", "disarm", "ceasefire", "access", "resign"],
        [PloverType.Request] = RequestRejectModes,
        [PloverType.Reject] = RequestRejectModes,
        [PloverType.Accuse] = ["disapprove", "investigate", "allege"],
        [PloverType.Threaten] = ["restrict", "arrest", "relations", "expel", "territory", "violence"],
        [PloverType.Protest] = ["demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"],
        [PloverType.Sanction] = ["convict", "expel", "withdraw", "discontinue"],
        [PloverType.Mobilize] = ["troops", "weapons", "police", "militia"],
        [PloverType.Coerce] = ["seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold", "misinformation", "cyber"],
        [PloverType.Assault] = ["abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms", "explosives",
            "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control", "unconventional", "sideAB"],
    }.ToFrozenDictionary();

    /// <summary>PLOVER sector codes (manual table 5.2).</summary>
    public static IReadOnlySet<string> Sectors { get; } = new[]
    {
        "COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS", "CRM", "CVL", "EDU",
        "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Every type, in the order of the SPEC's list.</summary>
    public static IReadOnlyList<PloverType> Types { get; } = Enum.GetValues<PloverType>();

    /// <summary>The name as written in data and exports: upper case ("CONSULT").</summary>
    public static string Name(PloverType type) => type.ToString().ToUpperInvariant();

    /// <summary>The modality as written in data: lower case ("intended").</summary>
    public static string Name(EventModality modality) => modality.ToString().ToLowerInvariant();

    /// <summary>Parses an upper-case type name; anything else (lower case, v0.5 names such as DEMAND) fails.</summary>
    public static bool TryParseType(string? name, out PloverType type)
    {
        type = default;
        if (string.IsNullOrEmpty(name) || name != name.ToUpperInvariant()) return false;
        foreach (var t in Types)
        {
            if (Name(t) == name) { type = t; return true; }
        }
        return false;
    }

    /// <summary>Parses a lower-case modality name.</summary>
    public static bool TryParseModality(string? name, out EventModality modality)
    {
        modality = default;
        if (string.IsNullOrEmpty(name)) return false;
        foreach (var m in Enum.GetValues<EventModality>())
        {
            if (Name(m) == name) { modality = m; return true; }
        }
        return false;
    }

    /// <summary>The modes the manual allows for <paramref name="type"/> (empty when it has no mode table).</summary>
    public static IReadOnlyList<string> Modes(PloverType type) => ModesByType[type];

    public static bool IsMode(PloverType type, string mode) => Array.IndexOf(ModesByType[type], mode) >= 0;

    /// <summary>Participants of these types are compared as one set (SPEC §8); roles matter for every other type.</summary>
    public static bool IsSymmetric(PloverType type) => type is PloverType.Consult or PloverType.Cooperate;

    /// <summary>Cooperative types whose future or intended form PLOVER codes as AGREE (manual §3.1).</summary>
    public static bool IsCooperative(PloverType type) =>
        type is PloverType.Consult or PloverType.Support or PloverType.Cooperate or PloverType.Aid;
}
