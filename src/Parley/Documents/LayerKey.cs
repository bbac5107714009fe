namespace Parley.Documents;

/// <summary>Names a typed analysis layer of a <see cref="Document"/>. Compare by reference.</summary>
public abstract class LayerKey
{
    private protected LayerKey(string name) => Name = name;

    public string Name { get; }
    public abstract Type ValueType { get; }

    public override string ToString() => Name;
}

/// <summary>A layer whose value is a <typeparamref name="T"/>, written once per document.</summary>
public sealed class LayerKey<T> : LayerKey where T : class
{
    public LayerKey(string name) : base(name) { }

    public override Type ValueType => typeof(T);
}
