using Parley.Documents;
using Parley.Errors;
using Parley.Ingest;
using Parley.Pipeline;

namespace Parley.Events.Evaluation;

/// <summary>
/// <c>parley eval</c> as a library call: reads the gold file, reads the inputs and runs the analysis pipeline on every
/// document the gold file names, takes the <see cref="Layers.Events"/> layer (no layer = no events: a pipeline without
/// an extraction stage honestly scores recall 0), and scores with <see cref="EventScorer"/>.
/// </summary>
public sealed class EvalRunner
{
    private readonly AnalysisPipeline _pipeline;
    private readonly InputReader _reader;

    /// <param name="pipeline">The pipeline to evaluate; by default <c>StageCatalog.Build(StagePhase.Analysis)</c>.</param>
    public EvalRunner(AnalysisPipeline? pipeline = null, IngestOptions? options = null)
    {
        _pipeline = pipeline ?? StageCatalog.Build(StagePhase.Analysis);
        _reader = new InputReader(options);
    }

    /// <summary>Scores the system on <paramref name="inputs"/> against the gold file at <paramref name="goldPath"/>.</summary>
    public EvalReport Run(string goldPath, IReadOnlyList<string> inputs, CancellationToken ct = default) =>
        Run(GoldReader.ReadFile(goldPath), inputs, ct);

    public EvalReport Run(GoldSet gold, IReadOnlyList<string> inputs, CancellationToken ct = default)
    {
        var problems = new List<Problem>(gold.Problems);
        var wanted = gold.Documents.Select(d => d.Doc).ToHashSet(StringComparer.Ordinal);
        var analysed = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach (string input in inputs)
        {
            foreach (var item in _reader.Read(input, ct))
            {
                if (item.Article is not { } article)
                {
                    problems.AddRange(item.Problems);
                    continue;
                }
                if (!wanted.Contains(article.Id) || analysed.ContainsKey(article.Id)) continue;
                analysed[article.Id] = _pipeline.Process(article);
            }
        }
        problems.AddRange(GoldReader.CheckAnchors(gold, id => analysed.GetValueOrDefault(id)?.Text));
        var docs = new List<ScoringDocument>();
        foreach (var g in gold.Documents)
        {
            if (!analysed.TryGetValue(g.Doc, out var doc))
            {
                problems.Add(Problems.GoldDocumentNotFound(new InputOrigin(gold.Path, g.Line), g.Doc));
                docs.Add(new ScoringDocument(g.Doc, null, g.Events, []));
                continue;
            }
            docs.Add(new ScoringDocument(g.Doc, doc.Text, g.Events, doc.TryGet(Layers.Events)?.Events ?? []));
        }
        return EventScorer.Score(docs) with { Problems = [.. problems.Select(p => p.ToString())] };
    }
}
