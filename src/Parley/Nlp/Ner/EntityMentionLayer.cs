namespace Parley.Nlp.Entities;

/// <summary>The named-entity mentions the entity tagger found in a document's body, in text order; treat the array as read-only.</summary>
public sealed class EntityMentionLayer(EntityMention[] mentions)
{
    public EntityMention[] Mentions { get; } = mentions;
    public int Count => Mentions.Length;
}
