using Parley.Documents;
using Parley.Pipeline;

namespace Parley.Events.Extraction;

/// <summary>
/// Reads PLOVER events off the dependency trees (SPEC §4–§5): triggers from the trigger lexicon, arguments from
/// the tree mapped to actor mentions, modality from governing predicates, claimants from reporting verbs, dates
/// and places attached to the trigger's clause. Stateless and thread-safe.
/// </summary>
public sealed class EventExtractionStage(EventExtractor extractor) : IStage
{
    public EventExtractionStage() : this(EventExtractor.Default) { }

    public string Name => "events";

    public IReadOnlyList<LayerKey> Requires { get; } =
        [Layers.Tokens, Layers.Tags, Layers.Dependencies, Layers.Actors, Layers.Places, Layers.Times, Layers.ReferenceDate];

    public IReadOnlyList<LayerKey> Produces { get; } = [Layers.Events];

    /// <summary>The events of <paramref name="doc"/>, computed without touching it.</summary>
    public EventLayer Predict(Document doc) => new(extractor.Extract(doc));

    public void Process(Document doc) => doc.Set(Layers.Events, Predict(doc));
}
