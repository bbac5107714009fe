using Parley.Events.Lexicon;

namespace Parley.Events.Extraction;

/// <summary>A word read as an event trigger: its reading and the words the reading used up (a light verb's noun).</summary>
internal sealed record TriggerMatch(int Word, PloverType Type, string? Mode, TriggerKind Kind, TriggerSource Source, bool FromPattern, IReadOnlyList<int> Consumed)
{
    /// <summary>A CAMEO verb that names its own verb block ("denounce" in DENOUNCE, "massacre" in MASSACRE): its core sense.</summary>
    public bool Canonical { get; init; }

    /// <summary>How much a reading of this kind is trusted before the tree is looked at.</summary>
    public double BaseConfidence => Source == TriggerSource.Parley
        ? Kind == TriggerKind.Noun ? 0.8 : 0.9
        : FromPattern ? 0.75 : 0.65;
}
