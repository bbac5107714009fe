using Parley.Articles;
using Parley.Dates;
using Parley.Documents;
using Parley.Nlp.Parsing;
using Parley.Nlp.Tagging;
using Parley.Nlp.Tokenization;
using Parley.Pipeline;
using Parley.Time;

namespace Parley.Tests.Time;

/// <summary>Direction of weekday names from the parsed clause, with the shipped tagger and parser models.</summary>
public sealed class PosTenseCueTests
{
    private static readonly Lazy<AnalysisPipeline> Pipeline = new(() =>
    {
        var nlp = StageContext.Default.NlpModels.Value;
        return new PipelineBuilder()
            .Add(new HeaderStage())
            .Add(new ReferenceDateStage([]))
            .Add(new TokenizerStage())
            .Add(new TaggerStage<TokenizedText>(nlp.Tagger, nlp.Lemmatizer, Layers.Tokens, Layers.Tags))
            .Add(new ParserStage<TokenizedText>(nlp.Parser, Layers.Tokens, Layers.Tags, Layers.Dependencies))
            .Add(new TimeExpressionStage(new TimeTagger(new PosTenseCue())))
            .Build();
    });

    // The reference date, Friday 3 February 2012, comes from the dateline year-less date + the explicit year in the text.
    private static string ValueOf(string sentence, string expression)
    {
        string text = $"Talks\n\nMOSCOW, February 3, 2012 (Agency) – {sentence}\n";
        var doc = Pipeline.Value.Process(new SourceArticle
        {
            Id = "t", Origin = new InputOrigin("t.txt"), Format = InputFormat.Text, Source = text, Text = text,
        });
        Assert.Equal("2012-02-03", doc.Get(Layers.ReferenceDate).Iso);
        return doc.Get(Layers.Times).Items.Single(t => t.Text == expression).Value;
    }

    [Theory]
    [InlineData("The two ministers met on Thursday in Geneva.", "Thursday", "2012-02-02")]
    [InlineData("The two ministers will meet on Thursday in Geneva.", "Thursday", "2012-02-09")]
    [InlineData("The minister hopes to hold talks with his counterpart on Tuesday.", "Tuesday", "2012-02-07")]
    [InlineData("The minister had visited the capital on Tuesday.", "Tuesday", "2012-01-31")]
    public void The_clause_tense_sets_the_direction_of_a_weekday(string sentence, string expression, string expected) =>
        Assert.Equal(expected, ValueOf(sentence, expression));
}
