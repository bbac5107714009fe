using Parley.Documents;
using Parley.Nlp.Tagging;
using Parley.Nlp.Tokenization;
using Parley.Pipeline;

namespace Parley.Nlp.Entities;

/// <summary>Tags named entities in every sentence of the token layer, using the UPOS of the tag layer, and produces an <see cref="EntityMentionLayer"/>.</summary>
public sealed class NerStage : IStage
{
    private readonly EntityTagger _tagger;

    public NerStage(EntityTagger tagger) => _tagger = tagger;

    public string Name => "ner";
    public IReadOnlyList<LayerKey> Requires { get; } = [Layers.Tokens, Layers.Tags];
    public IReadOnlyList<LayerKey> Produces { get; } = [Layers.EntityMentions];

    public void Process(Document doc) => doc.Set(Layers.EntityMentions, Predict(doc.Get(Layers.Tokens), doc.Get(Layers.Tags)));

    /// <summary>The pure step: the mentions of every sentence, without touching a document.</summary>
    public EntityMentionLayer Predict(TokenizedText tokens, TagLayer tags)
    {
        var forms = tokens.WordForms as string[] ?? [.. tokens.WordForms];
        var mentions = new List<EntityMention>();
        var sentences = new string[tokens.SentenceCount][];
        var found = new EntitySpan[tokens.SentenceCount][];
        for (int s = 0; s < tokens.SentenceCount; s++)
        {
            var (first, end) = tokens.SentenceWords(s);
            sentences[s] = end > first ? forms[first..end] : [];
        }
        var lower = EntityTagger.LowerWords(sentences);
        var upos = new string[tokens.SentenceCount][];
        for (int s = 0; s < tokens.SentenceCount; s++)
        {
            var (first, end) = tokens.SentenceWords(s);
            upos[s] = end > first ? tags.Upos[first..end] : [];
        }
        found = _tagger.TagDocument(sentences, upos);
        // A name keeps one type throughout the article.
        EntityTagger.Harmonise(sentences, found, lower);
        for (int s = 0; s < tokens.SentenceCount; s++)
        {
            int first = tokens.SentenceWords(s).First;
            foreach (var x in found[s])
            {
                int a = first + x.Start, b = first + x.End;
                mentions.Add(new EntityMention(a, b, new Span(tokens.WordSpan(a).Start, tokens.WordSpan(b - 1).End), x.Type));
            }
        }
        return new EntityMentionLayer([.. mentions]);
    }
}
