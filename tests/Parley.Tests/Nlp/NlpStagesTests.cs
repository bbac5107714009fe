using Parley.Documents;
using Parley.Nlp.Lemmatization;
using Parley.Nlp.Parsing;
using Parley.Nlp.Tagging;
using Parley.Nlp.Training;
using Parley.Pipeline;

namespace Parley.Tests.Nlp;

public sealed class NlpStagesTests
{
    private sealed class Words(string[] forms, int[] starts) : IWordSentences
    {
        public IReadOnlyList<string> WordForms => forms;
        public IReadOnlyList<int> SentenceStarts => starts;
    }

    private static readonly LayerKey<Words> WordLayer = new("words");

    private sealed class WordStage(Words words) : IStage
    {
        public string Name => "words";
        public IReadOnlyList<LayerKey> Requires => [];
        public IReadOnlyList<LayerKey> Produces => [WordLayer];
        public void Process(Document doc) => doc.Set(WordLayer, words);
    }

    [Fact]
    public void Loading_models_from_a_folder_that_lacks_one_names_the_missing_file()
    {
        var toy = NlpTestData.ToyTreebank();
        string dir = Path.Combine(Path.GetTempPath(), "parley-partial-models-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(dir);
            TaggerTrainer.Train(toy, 2, 1).Save(Path.Combine(dir, NlpModels.TaggerFile));
            var ex = Assert.ThrowsAny<IOException>(() => NlpModels.Load(dir));
            Assert.Contains(NlpModels.ParserFile, ex.Message);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Tagger_and_parser_stages_fill_columnar_layers_with_document_wide_heads()
    {
        var toy = NlpTestData.ToyTreebank();
        var tagger = TaggerTrainer.Train(toy, 5, 1);
        var lemmatizer = LemmatizerTrainer.Train(toy);
        var parser = ParserTrainer.Train(toy, 5, 1);
        var words = new Words(["The", "dog", "sees", "a", "cat", ".", "A", "minister", "signs", "the", "treaty", "."], [0, 6, 12]);
        var pipeline = new PipelineBuilder()
            .Add(new WordStage(words))
            .Add(new TaggerStage<Words>(tagger, lemmatizer, WordLayer, Layers.Tags))
            .Add(new ParserStage<Words>(parser, WordLayer, Layers.Tags, Layers.Dependencies))
            .Build();
        var doc = pipeline.Process(new SourceArticle
        {
            Id = "d", Origin = new InputOrigin("x.txt"), Format = InputFormat.Text, Source = "t", Text = "t",
        });
        var tags = doc.Get(Layers.Tags);
        var deps = doc.Get(Layers.Dependencies);
        Assert.Equal(["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT", "DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"], tags.Upos);
        Assert.Equal("see", tags.Lemmas[2]);
        Assert.Equal([1, 2, -1, 4, 2, 2, 7, 8, -1, 10, 8, 8], deps.Heads);
        Assert.Equal("nsubj", deps.Deprels[7]);
        Assert.Equal([0, 6, 12], deps.SentenceStarts);
    }
}
