namespace Parley.Events;

/// <summary>The events layer of a document (<see cref="Documents.Layers.Events"/>): its event records in text order.</summary>
public sealed record EventLayer(IReadOnlyList<EventRecord> Events)
{
    /// <summary>A layer with no events: what a document has when the extractor found none.</summary>
    public static EventLayer Empty { get; } = new([]);
}
