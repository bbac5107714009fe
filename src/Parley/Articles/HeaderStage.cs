using Parley.Documents;
using Parley.Pipeline;

namespace Parley.Articles;

/// <summary>Stage <c>header</c>: parses the article header (<see cref="HeaderParser"/>) into <see cref="Layers.Header"/>.</summary>
public sealed class HeaderStage : IStage
{
    private readonly HeaderParser _parser;

    public HeaderStage() : this(HeaderParser.Default) { }

    public HeaderStage(HeaderParser parser)
    {
        _parser = parser;
    }

    public string Name => "header";
    public IReadOnlyList<LayerKey> Requires { get; } = [];
    public IReadOnlyList<LayerKey> Produces { get; } = [Layers.Header];

    public void Process(Document doc) => doc.Set(Layers.Header, _parser.Parse(doc.Text, doc.Metadata));
}
