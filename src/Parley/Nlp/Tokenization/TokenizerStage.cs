using Parley.Documents;
using Parley.Pipeline;

namespace Parley.Nlp.Tokenization;

/// <summary>
/// Pipeline stage <c>tokenize</c>: tokenizes the article body (<see cref="Articles.ArticleHeader.Body"/>, each
/// span a region that starts a paragraph) and sets <see cref="Layers.Tokens"/>.
/// </summary>
public sealed class TokenizerStage(Tokenizer tokenizer) : IStage
{
    public TokenizerStage() : this(Tokenizer.Default) { }

    public string Name => "tokenize";
    public IReadOnlyList<LayerKey> Requires { get; } = [Layers.Header];
    public IReadOnlyList<LayerKey> Produces { get; } = [Layers.Tokens];

    /// <summary>The pure step: the layer this stage would set.</summary>
    public TokenizedText Predict(Document doc) => tokenizer.Tokenize(doc.Text, doc.Get(Layers.Header).Body);

    public void Process(Document doc) => doc.Set(Layers.Tokens, Predict(doc));
}
