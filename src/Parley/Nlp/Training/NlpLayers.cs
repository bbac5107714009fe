using Parley.Documents;
using Parley.Nlp.Parsing;
using Parley.Nlp.Tagging;

namespace Parley.Nlp.Training;

/// <summary>Layer keys of the NLP core's outputs, until the catalogue owner moves them into <see cref="Layers"/>.</summary>
public static class NlpLayers
{
    public static readonly LayerKey<TagLayer> Tags = new("tags");
    public static readonly LayerKey<DependencyLayer> Dependencies = new("dependencies");
}
