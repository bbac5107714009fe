using Parley.Documents;
using Parley.Nlp.Lemmatization;
using Parley.Pipeline;

namespace Parley.Nlp.Tagging;

/// <summary>Tags and lemmatizes each sentence of the word layer <typeparamref name="TWords"/>, producing a <see cref="TagLayer"/>.</summary>
public sealed class TaggerStage<TWords> : IStage where TWords : class, IWordSentences
{
    private readonly Tagger _tagger;
    private readonly Lemmatizer _lemmatizer;
    private readonly LayerKey<TWords> _words;
    private readonly LayerKey<TagLayer> _output;

    public TaggerStage(Tagger tagger, Lemmatizer lemmatizer, LayerKey<TWords> words, LayerKey<TagLayer> output)
    {
        _tagger = tagger;
        _lemmatizer = lemmatizer;
        _words = words;
        _output = output;
        Requires = [words];
        Produces = [output];
    }

    public string Name => "tagger";
    public IReadOnlyList<LayerKey> Requires { get; }
    public IReadOnlyList<LayerKey> Produces { get; }

    public void Process(Document doc) => doc.Set(_output, Predict(doc.Get(_words)));

    /// <summary>The pure step: tags of every word, without touching a document.</summary>
    public TagLayer Predict(IWordSentences words)
    {
        int n = words.WordForms.Count;
        var forms = words.WordForms as string[] ?? [.. words.WordForms];
        var starts = words.SentenceStarts.ToArray();
        var upos = new string[n];
        var xpos = new string[n];
        var lemmas = new string[n];
        var feats = new string[n];
        for (int k = 0; k + 1 < starts.Length; k++)
        {
            int start = starts[k], length = starts[k + 1] - start;
            var sentence = forms.AsSpan(start, length);
            _tagger.Tag(sentence, upos.AsSpan(start, length), xpos.AsSpan(start, length));
        }
        for (int i = 0; i < n; i++)
            _lemmatizer.Analyze(forms[i], upos[i], xpos[i], out lemmas[i], out feats[i]);
        return new TagLayer(upos, xpos, lemmas, feats, starts);
    }
}
