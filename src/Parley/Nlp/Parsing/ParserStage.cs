using Parley.Documents;
using Parley.Nlp.Tagging;
using Parley.Pipeline;

namespace Parley.Nlp.Parsing;

/// <summary>Parses each sentence of the word layer <typeparamref name="TWords"/> using the <see cref="TagLayer"/>, producing a <see cref="DependencyLayer"/>.</summary>
public sealed class ParserStage<TWords> : IStage where TWords : class, IWordSentences
{
    private readonly DependencyParser _parser;
    private readonly LayerKey<TWords> _words;
    private readonly LayerKey<TagLayer> _tags;
    private readonly LayerKey<DependencyLayer> _output;

    public ParserStage(DependencyParser parser, LayerKey<TWords> words, LayerKey<TagLayer> tags, LayerKey<DependencyLayer> output)
    {
        _parser = parser;
        _words = words;
        _tags = tags;
        _output = output;
        Requires = [words, tags];
        Produces = [output];
    }

    public string Name => "parser";
    public IReadOnlyList<LayerKey> Requires { get; }
    public IReadOnlyList<LayerKey> Produces { get; }

    public void Process(Document doc) => doc.Set(_output, Predict(doc.Get(_words), doc.Get(_tags)));

    /// <summary>The pure step: the trees of every sentence, without touching a document.</summary>
    public DependencyLayer Predict(IWordSentences words, TagLayer tags)
    {
        int n = words.WordForms.Count;
        var forms = words.WordForms as string[] ?? [.. words.WordForms];
        var starts = words.SentenceStarts.ToArray();
        var heads = new int[n];
        var deprels = new string[n];
        for (int k = 0; k + 1 < starts.Length; k++)
        {
            int start = starts[k], length = starts[k + 1] - start;
            var sentenceHeads = heads.AsSpan(start, length);
            _parser.Parse(forms.AsSpan(start, length), tags.Upos.AsSpan(start, length), tags.Xpos.AsSpan(start, length), sentenceHeads, deprels.AsSpan(start, length));
            for (int i = 0; i < length; i++)
                sentenceHeads[i] = sentenceHeads[i] == 0 ? -1 : start + sentenceHeads[i] - 1;
        }
        return new DependencyLayer(heads, deprels, starts);
    }
}
