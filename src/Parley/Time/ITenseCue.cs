using Parley.Documents;

namespace Parley.Time;

/// <summary>
/// Decides the tense that governs a time expression, so that "Thursday" in a past-tense clause is the previous
/// Thursday and in a future clause the next. The default, <see cref="HeuristicTenseCue"/>, reads nearby words;
/// a POS-based cue can replace it once the tagger's layers exist (it then reads them from the document passed to
/// <see cref="Direction"/>). Implementations must be thread-safe and must not write to the document.
/// </summary>
public interface ITenseCue
{
    /// <summary>Layers the cue reads, added to <see cref="TimeExpressionStage.Requires"/>.</summary>
    IReadOnlyList<LayerKey> Requires { get; }

    /// <summary>The tense governing <paramref name="expression"/> in <paramref name="text"/>; <paramref name="doc"/> is null when
    /// tagging bare text (specs, evaluation), in which case a cue that needs layers should answer <see cref="TenseDirection.Unknown"/>
    /// or fall back to a heuristic.</summary>
    TenseDirection Direction(string text, Span expression, Document? doc);
}
