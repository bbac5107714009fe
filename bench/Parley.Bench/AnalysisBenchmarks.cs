using BenchmarkDotNet.Attributes;
using Parley.Articles;
using Parley.Dates;
using Parley.Documents;
using Parley.Ingest;
using Parley.Nlp.Parsing;
using Parley.Nlp.Tagging;
using Parley.Nlp.Tokenization;
using Parley.Pipeline;
using Parley.Time;

namespace Parley.Bench;

/// <summary>
/// The analysis stages on one thread over the bundled sample articles (repeated to about 64k tokens per invocation;
/// the exact count is printed at setup — tokens/s = that count / Mean). Tokenization is the baseline of the ratios.
/// Run: dotnet run -c Release --project bench/Parley.Bench -- --filter '*AnalysisBenchmarks*'
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 2, iterationCount: 7)]
public class AnalysisBenchmarks
{
    private const int Tokens = 1 << 16;
    private Document[] _docs = [];
    private TokenizerStage _tokenizer = null!;
    private TaggerStage<TokenizedText> _tagger = null!;
    private ParserStage<TokenizedText> _parser = null!;
    private TimeTagger _times = null!;
    private int _repeat;

    [GlobalSetup]
    public void Setup()
    {
        var articles = new InputReader().Read(IngestBenchmarks.FindSamples()).Where(i => i.Article is not null).Select(i => i.Article!).ToList();
        var ingest = new PipelineBuilder().Add(new HeaderStage()).Add(new ReferenceDateStage([])).Build();
        _docs = [.. articles.Select(ingest.Process)];
        _tokenizer = new TokenizerStage();
        var nlp = StageContext.Default.NlpModels.Value;
        _tagger = new TaggerStage<TokenizedText>(nlp.Tagger, nlp.Lemmatizer, Layers.Tokens, Layers.Tags);
        _parser = new ParserStage<TokenizedText>(nlp.Parser, Layers.Tokens, Layers.Tags, Layers.Dependencies);
        _times = TimeTagger.Default;
        int tokens = _docs.Sum(d => _tokenizer.Predict(d).TokenCount);
        _repeat = Math.Max(1, Tokens / tokens);
        Console.WriteLine($"// tokens per invocation: {_repeat * tokens}");
    }

    [Benchmark(Baseline = true)]
    public int Tokenize()
    {
        int n = 0;
        for (int r = 0; r < _repeat; r++)
            foreach (var doc in _docs) n += _tokenizer.Predict(doc).TokenCount;
        return n;
    }

    [Benchmark]
    public int TokenizeTagParse()
    {
        int n = 0;
        for (int r = 0; r < _repeat; r++)
        {
            foreach (var doc in _docs)
            {
                var tokens = _tokenizer.Predict(doc);
                var tags = _tagger.Predict(tokens);
                n += _parser.Predict(tokens, tags).Count;
            }
        }
        return n;
    }

    [Benchmark]
    public int TimeExpressions()
    {
        int n = 0;
        for (int r = 0; r < _repeat; r++)
            foreach (var doc in _docs) n += _times.Tag(doc.Text, doc.Get(Layers.Header).Body, doc.Get(Layers.ReferenceDate), null).Count;
        return n;
    }
}
