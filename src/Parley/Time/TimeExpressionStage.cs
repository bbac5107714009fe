using Parley.Dates;
using Parley.Documents;
using Parley.Pipeline;

namespace Parley.Time;

/// <summary>
/// Stage <c>times</c>: tags the title and body (never boilerplate, dateline or timestamp) with <see cref="TimeTagger"/>
/// against the document's reference date and sets <see cref="Layers.Times"/> once. It requires the header, the
/// reference date and whatever layers the tense cue reads (none for the default heuristic; POS tags for a tagger-based cue).
/// </summary>
public sealed class TimeExpressionStage : IStage
{
    private readonly TimeTagger _tagger;

    public TimeExpressionStage() : this(TimeTagger.Default) { }

    public TimeExpressionStage(TimeTagger tagger)
    {
        _tagger = tagger;
        Requires = [Layers.Header, Layers.ReferenceDate, .. tagger.TenseCue.Requires.Where(k => k != Layers.Header && k != Layers.ReferenceDate)];
    }

    public string Name => "times";
    public IReadOnlyList<LayerKey> Requires { get; }
    public IReadOnlyList<LayerKey> Produces { get; } = [Layers.Times];

    public void Process(Document doc) => doc.Set(Layers.Times, Predict(doc));

    /// <summary>The layer this stage would set, computed without writing to the document.</summary>
    public TimeExpressionLayer Predict(Document doc)
    {
        var header = doc.Get(Layers.Header);
        var reference = doc.Get(Layers.ReferenceDate);
        return new TimeExpressionLayer(_tagger.Tag(doc.Text, TextDateCues.Regions(header), reference, doc));
    }
}
