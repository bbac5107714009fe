using Parley.Documents;
using Parley.Pipeline;

namespace Parley.Dates;

/// <summary>
/// Stage <c>reference-date</c>: solves <see cref="Layers.ReferenceDate"/> from the header, the text and whatever
/// the given <see cref="IDateConstraintSource"/>s contribute. It requires the header plus every layer its sources read.
/// </summary>
public sealed class ReferenceDateStage : IStage
{
    private readonly ReferenceDateSolver _solver;
    private readonly IDateConstraintSource[] _sources;

    public ReferenceDateStage() : this([]) { }

    public ReferenceDateStage(IEnumerable<IDateConstraintSource> sources) : this(sources, ReferenceDateSolver.Default) { }

    public ReferenceDateStage(IEnumerable<IDateConstraintSource> sources, ReferenceDateSolver solver)
    {
        _sources = [.. sources];
        _solver = solver;
        Requires = [Layers.Header, .. _sources.SelectMany(s => s.Requires).Where(k => k != Layers.Header).Distinct()];
    }

    public string Name => "reference-date";
    public IReadOnlyList<LayerKey> Requires { get; }
    public IReadOnlyList<LayerKey> Produces { get; } = [Layers.ReferenceDate];

    public void Process(Document doc)
    {
        var header = doc.Get(Layers.Header);
        IEnumerable<DateConstraint> constraints = _sources.Length == 0 ? [] : _sources.SelectMany(s => s.Collect(doc)).ToList();
        doc.Set(Layers.ReferenceDate, _solver.Solve(doc.Text, doc.Metadata, header, constraints));
    }
}
