using Parley.Documents;
using Parley.Errors;

namespace Parley.Pipeline;

/// <summary>
/// Assembles stages into an <see cref="AnalysisPipeline"/>, checking that every stage's requirements are
/// produced by an earlier stage and that no layer has two producers.
/// </summary>
public sealed class PipelineBuilder
{
    private readonly List<IStage> _stages = [];
    private readonly List<LayerKey> _given = [];

    /// <summary>Declares layers the documents already carry (e.g. a stored article's ingest layers), so stages may require them.</summary>
    public PipelineBuilder Given(params IEnumerable<LayerKey> layers)
    {
        _given.AddRange(layers);
        return this;
    }

    public PipelineBuilder Add(IStage stage)
    {
        _stages.Add(stage);
        return this;
    }

    public AnalysisPipeline Build()
    {
        var available = new Dictionary<LayerKey, string>();
        foreach (var layer in _given)
            available.TryAdd(layer, "(given)");
        foreach (var stage in _stages)
        {
            foreach (var need in stage.Requires)
            {
                if (!available.ContainsKey(need))
                    throw new PipelineException(ErrorCode.UnmetStageRequirement,
                        $"Stage '{stage.Name}' requires layer '{need.Name}', which no earlier stage produces.");
            }
            foreach (var output in stage.Produces)
            {
                if (!available.TryAdd(output, stage.Name))
                    throw new PipelineException(ErrorCode.DuplicateLayerProducer,
                        $"Stage '{stage.Name}' produces layer '{output.Name}', already produced by '{available[output]}'.");
            }
        }
        return new AnalysisPipeline([.. _stages]);
    }
}
