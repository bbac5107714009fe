using Parley.Documents;

namespace Parley.Pipeline;

/// <summary>
/// One analysis step. A stage declares the layers it reads and the layers it writes; the
/// <see cref="PipelineBuilder"/> refuses a pipeline whose needs are not met. Stages are built once
/// and must be safe to call from many threads at once on different documents.
/// </summary>
public interface IStage
{
    /// <summary>Short stable name, as listed in the catalogue and printed by <c>parley bench</c>.</summary>
    string Name { get; }

    IReadOnlyList<LayerKey> Requires { get; }
    IReadOnlyList<LayerKey> Produces { get; }

    /// <summary>Computes this stage's layers from the document's required layers and sets each once.</summary>
    void Process(Document doc);
}
