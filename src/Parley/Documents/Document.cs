namespace Parley.Documents;

/// <summary>
/// The central record an article becomes: immutable source and cleaned text plus typed layers that
/// stages add. Each layer is written exactly once; <see cref="Text"/> is never rewritten.
/// A document is processed by one thread at a time; layers, once set, are immutable values.
/// </summary>
public sealed class Document
{
    private readonly Dictionary<LayerKey, object> _layers = [];

    public Document(SourceArticle article)
    {
        Article = article;
    }

    public SourceArticle Article { get; }
    public string Id => Article.Id;
    public string Text => Article.Text;
    public ArticleMetadata Metadata => Article.Metadata;

    public IEnumerable<LayerKey> Layers => _layers.Keys;

    public bool Has(LayerKey key) => _layers.ContainsKey(key);

    public T Get<T>(LayerKey<T> key) where T : class =>
        _layers.TryGetValue(key, out var value)
            ? (T)value
            : throw new InvalidOperationException($"Document '{Id}' has no layer '{key.Name}'.");

    public T? TryGet<T>(LayerKey<T> key) where T : class =>
        _layers.TryGetValue(key, out var value) ? (T)value : null;

    /// <summary>Sets a layer. Setting a layer twice is a broken contract (two stages produce it).</summary>
    public void Set<T>(LayerKey<T> key, T value) where T : class
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!_layers.TryAdd(key, value))
            throw new InvalidOperationException($"Layer '{key.Name}' of document '{Id}' is already set.");
    }
}
