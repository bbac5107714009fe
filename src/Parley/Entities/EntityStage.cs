using Parley.Documents;
using Parley.Entities.Actors;
using Parley.Entities.Coreference;
using Parley.Pipeline;

namespace Parley.Entities;

/// <summary>
/// Stage <c>entities</c>: actor and place mentions of the article body, resolved as of the reference date by
/// <see cref="EntityResolver"/> (gazetteer, knowledge base, appositions, metonyms, role nouns), with the NER stage's person
/// and organisation mentions for the names those miss, and third-person pronouns linked to actors by the salience model
/// of <see cref="ActorCoreference"/> when the token, tag (and dependency) layers are there. Without them it still runs
/// on the text alone.
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
        var (actors, places) = Analyse(doc);
        doc.Set(Layers.Actors, actors);
        doc.Set(Layers.Places, places);
    }

    /// <summary>The pure step: the actor and place layers of a document, without setting them.</summary>
    public (ActorLayer Actors, Places.PlaceLayer Places) Analyse(Document doc)
    {
        var header = doc.Get(Layers.Header);
        var rd = doc.Get(Layers.ReferenceDate);
        DateOnly? asOf = rd.Date ?? (rd.YearMin is { } lo && rd.YearMax == lo ? new DateOnly(lo, 7, 1) : null);
        var named = doc.TryGet(Layers.EntityMentions)?.Mentions.Select(m => (m.Span, m.Type)).ToList();
        var (actors, places) = _resolver.Resolve(doc.Text, header.Body, asOf, named);
        if (doc.TryGet(Layers.Tokens) is { } tokens && doc.TryGet(Layers.Tags) is { } tags)
        {
            var pronouns = ActorCoreference.Pronouns(doc.Text, actors.Mentions, tokens, tags, doc.TryGet(Layers.Dependencies));
            if (pronouns.Count > 0)
                actors = new ActorLayer([.. actors.Mentions.Concat(pronouns).OrderBy(m => m.Span.Start)]);
        }
        return (actors, places);
    }
}
