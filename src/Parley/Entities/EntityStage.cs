using Parley.Documents;
using Parley.Pipeline;

namespace Parley.Entities;

/// <summary>
/// Stage <c>entities</c>: actor and place mentions of the article body, resolved as of the reference date. Until a trained
/// NER supplies mentions, <see cref="EntityResolver"/> finds them itself; it stays callable on given text regions.
/// </summary>
public sealed class EntityStage(EntityResources resources) : IStage
{
    private readonly EntityResolver _resolver = new(resources);

    public EntityStage() : this(EntityResources.Default) { }

    public string Name => "entities";
    public IReadOnlyList<LayerKey> Requires { get; } = [Layers.Header, Layers.ReferenceDate];
    public IReadOnlyList<LayerKey> Produces { get; } = [Layers.Actors, Layers.Places];

    public void Process(Document doc)
    {
        var header = doc.Get(Layers.Header);
        var rd = doc.Get(Layers.ReferenceDate);
        DateOnly? asOf = rd.Date ?? (rd.YearMin is { } lo && rd.YearMax == lo ? new DateOnly(lo, 7, 1) : null);
        var (actors, places) = _resolver.Resolve(doc.Text, header.Body, asOf);
        doc.Set(Layers.Actors, actors);
        doc.Set(Layers.Places, places);
    }
}
