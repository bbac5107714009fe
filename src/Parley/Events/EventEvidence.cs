using Parley.Documents;

namespace Parley.Events;

/// <summary>
/// Where the event record comes from in the cleaned text: the sentence that states it, the trigger, and the
/// span of every field that was read off the text (keys are record field names: <c>actors[0]</c>, <c>date</c>,
/// <c>place</c>, <c>claimant</c>, <c>modality</c> …). Spans are half-open over <see cref="Document.Text"/>.
/// </summary>
public sealed record EventEvidence(Span Sentence, Span Trigger)
{
    /// <summary>Field name → span of the words that support it.</summary>
    public IReadOnlyDictionary<string, Span> Fields { get; init; } = new Dictionary<string, Span>();
}
