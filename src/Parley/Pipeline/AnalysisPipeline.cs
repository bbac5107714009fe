using System.Diagnostics;
using Parley.Documents;

namespace Parley.Pipeline;

/// <summary>
/// An immutable, validated sequence of stages. Build it once with <see cref="PipelineBuilder"/> and
/// reuse it for any number of documents from any thread; per-stage timings accumulate in <see cref="Timings"/>.
/// </summary>
public sealed class AnalysisPipeline
{
    private readonly IStage[] _stages;
    private readonly StageTiming[] _timings;

    internal AnalysisPipeline(IStage[] stages)
    {
        _stages = stages;
        _timings = [.. stages.Select(s => new StageTiming(s.Name))];
    }

    public IReadOnlyList<IStage> Stages => _stages;
    public IReadOnlyList<StageTiming> Timings => _timings;

    /// <summary>Every layer this pipeline leaves on a document.</summary>
    public IEnumerable<LayerKey> Produces => _stages.SelectMany(s => s.Produces);

    public Document Process(SourceArticle article)
    {
        var doc = new Document(article);
        Process(doc);
        return doc;
    }

    public void Process(Document doc)
    {
        for (int i = 0; i < _stages.Length; i++)
        {
            long start = Stopwatch.GetTimestamp();
            try
            {
                _stages[i].Process(doc);
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not StageFailedException)
            {
                throw new StageFailedException(_stages[i].Name, doc.Id, ex);
            }
            _timings[i].Add(Stopwatch.GetElapsedTime(start).Ticks);
        }
    }
}
