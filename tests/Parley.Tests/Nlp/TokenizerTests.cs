using Parley.Articles;
using Parley.Documents;
using Parley.Nlp.Tokenization;

namespace Parley.Tests.Nlp;

public sealed class TokenizerTests
{
    private const string Article = "Russia, US sign arms treaty\nMOSCOW, February 3 (RIA Novosti) Russia and the U.S. didn't agree.\n\n\"We will respond,\" Lavrov said.";

    [Fact]
    public void Spans_are_exact_offsets_and_words_of_a_multiword_token_share_its_span()
    {
        var tokens = Tokenizer.Default.Tokenize(Article);
        for (int t = 0; t < tokens.TokenCount; t++)
            Assert.Equal(tokens.TokenForm(t), Article[tokens.TokenSpan(t).Start..tokens.TokenSpan(t).End]);
        int didnt = Enumerable.Range(0, tokens.TokenCount).Single(t => tokens.TokenForm(t) == "didn't");
        Assert.True(tokens.IsMultiwordToken(didnt));
        int first = tokens.TokenFirstWord[didnt];
        Assert.Equal("did", tokens.WordForm(first));
        Assert.Equal("n't", tokens.WordForm(first + 1));
        Assert.Equal(tokens.TokenSpan(didnt), tokens.WordSpan(first));
        Assert.Equal(tokens.TokenSpan(didnt), tokens.WordSpan(first + 1));
    }

    [Fact]
    public void Sentence_forms_are_what_the_tagger_takes()
    {
        var tokens = Tokenizer.Default.Tokenize(Article);
        Assert.Equal(3, tokens.SentenceCount);
        Assert.Equal(["Russia", ",", "US", "sign", "arms", "treaty"], tokens.SentenceForms(0));
        Assert.Contains("n't", tokens.SentenceForms(1));
        Assert.Equal(tokens.SentenceForms(1).Length, tokens.SentenceWordSpans(1).Length);
        Assert.True(tokens.SentenceStartsParagraph(0));
        Assert.False(tokens.SentenceStartsParagraph(1));
        Assert.True(tokens.SentenceStartsParagraph(2));
    }

    [Fact]
    public void Regions_are_tokenized_alone_and_each_starts_a_paragraph()
    {
        const string text = "Title here\nBody one. Body two";
        var tokens = Tokenizer.Default.Tokenize(text, [new Span(11, 20), new Span(21, 29)]);
        Assert.Equal(["Body one .", "Body two"], Enumerable.Range(0, tokens.SentenceCount).Select(s => string.Join(' ', tokens.SentenceForms(s))));
        Assert.Throws<ArgumentException>(() => Tokenizer.Default.Tokenize(text, [new Span(11, 20), new Span(15, 29)]));
    }

    [Fact]
    public void Wrapped_layout_reads_a_single_line_break_as_a_space()
    {
        const string text = "The ministers met in\nGeneva on Monday.";
        Assert.Equal(2, Tokenizer.Default.Tokenize(text).SentenceCount);
        Assert.Equal(1, Tokenizer.Default.WithOptions(TokenizerOptions.Wrapped).Tokenize(text).SentenceCount);
    }

    [Fact]
    public void Empty_and_blank_texts_give_no_tokens()
    {
        Assert.Equal(0, Tokenizer.Default.Tokenize("").TokenCount);
        var blank = Tokenizer.Default.Tokenize(" \n\t \n");
        Assert.Equal(0, blank.TokenCount);
        Assert.Equal(0, blank.SentenceCount);
    }

    [Fact]
    public void Tokenization_is_deterministic()
    {
        var text = string.Concat(Enumerable.Repeat(Article + "\n\n", 50));
        var a = Tokenizer.Default.Tokenize(text);
        var b = Tokenizer.Default.Tokenize(text);
        Assert.Equal(a.TokenSpans.ToArray(), b.TokenSpans.ToArray());
        Assert.Equal(a.WordFormSpans.ToArray(), b.WordFormSpans.ToArray());
        Assert.Equal(a.SentenceFirstToken.ToArray(), b.SentenceFirstToken.ToArray());
    }

    [Fact]
    public void Lexicons_compile_from_the_data_files()
    {
        var lexicon = TokenizerLexicon.Default;
        Assert.True(lexicon.IsAbbreviation("Mr."));
        Assert.True(lexicon.IsAbbreviation("Etc.")); // lower-case entries also match capitalised
        Assert.False(lexicon.IsAbbreviation("Mr"));
        Assert.True(lexicon.MultiwordCount > 10);
        Assert.NotNull(SentenceSplitter.Default.Model);
    }

    [Fact]
    public void Stage_tokenizes_the_header_body_into_the_tokens_layer()
    {
        var doc = new Document(new SourceArticle { Id = "a1", Origin = new InputOrigin("a1.txt"), Format = InputFormat.Text, Source = Article, Text = Article });
        int bodyStart = Article.IndexOf("MOSCOW", StringComparison.Ordinal) + "MOSCOW, February 3 (RIA Novosti) ".Length;
        doc.Set(Layers.Header, new ArticleHeader { Title = new Span(0, 27), Body = [new Span(bodyStart, Article.Length)] });
        var stage = new TokenizerStage();
        Assert.Equal("tokenize", stage.Name);
        Assert.Equal([Layers.Header], stage.Requires);
        Assert.Equal([Layers.Tokens], stage.Produces);
        stage.Process(doc);
        var tokens = doc.Get(Layers.Tokens);
        Assert.Equal("Russia", tokens.TokenForm(0));
        Assert.Equal(2, tokens.SentenceCount);
        Assert.Equal(Article, tokens.Text);
    }

    [Fact]
    public void A_bias_shift_moves_the_sentence_threshold_and_nothing_else()
    {
        var model = SentenceSplitter.Default.Model!;
        const string text = "Talks ended Smith went home Lavrov stayed";
        int Sentences(float delta) =>
            new Tokenizer(TokenizerLexicon.Default, new SentenceSplitter(model.WithBias(delta))).Tokenize(text).SentenceCount;
        Assert.Equal(Sentences(0), new Tokenizer(TokenizerLexicon.Default, new SentenceSplitter(model.WithBias(0))).Tokenize(text).SentenceCount);
        Assert.Equal(1, Sentences(-1000)); // nothing scores that high
        Assert.Equal(3, Sentences(1000)); // every boundary the rules leave to the model ends a sentence (not before a lower-case word)
        Assert.Equal(model.FeatureCount, model.WithBias(0.5f).FeatureCount);
    }

    [Fact]
    public void A_web_address_is_not_a_lower_case_word_for_the_sentence_rules()
    {
        // with every boundary left to the model ending a sentence, only the lower-case rule keeps tokens together:
        // it must not treat 'http://…' or an e-mail address as a lower-case word
        var splitter = new SentenceSplitter(SentenceSplitter.Default.Model!.WithBias(1000));
        var tokens = new Tokenizer(TokenizerLexicon.Default, splitter).Tokenize("see http://pics.example.org/one http://pics.example.org/two ann@example.net");
        Assert.Equal(4, tokens.SentenceCount);
        Assert.Equal(1, new Tokenizer(TokenizerLexicon.Default, splitter).Tokenize("see the pictures").SentenceCount);
    }

    [Fact]
    public void A_sentence_model_of_several_runs_is_deterministic_and_learns_the_boundaries()
    {
        // paragraphs of two sentences, so that each run visits them in its own order
        string[] paragraphs = ["The talks ended. Both sides left.", "Nobody spoke. The envoy flew home.", "Aides stayed on. Reporters waited outside.",
            "It rained in Geneva. The hotel was full.", "Mr. Smith called. Ms. Jones did not."];
        string text = string.Join("\n\n", paragraphs);
        var ends = new List<int>();
        var spans = new List<Span>();
        for (int p = 0, start = 0; p < paragraphs.Length; start += paragraphs[p].Length + 2, p++)
        {
            spans.Add(new Span(start, start + paragraphs[p].Length));
            ends.Add(start + paragraphs[p].IndexOf(". ", StringComparison.Ordinal) + 1);
            ends.Add(start + paragraphs[p].Length);
        }
        var training = new SentenceSplitterTrainer.TrainingText(text, spans, ends);
        var rules = new Tokenizer(TokenizerLexicon.Default, SentenceSplitter.RuleBased);
        byte[] Bytes(int runs)
        {
            var stream = new MemoryStream();
            SentenceSplitterTrainer.Train(rules, [training], epochs: 3, runs: runs).Write(stream);
            return stream.ToArray();
        }
        Assert.Equal(Bytes(3), Bytes(3));
        Assert.NotEqual(Bytes(1), Bytes(3));
        var model = SentenceModel.Read(new MemoryStream(Bytes(3)));
        Assert.Equal(2, new Tokenizer(TokenizerLexicon.Default, new SentenceSplitter(model)).Tokenize("The envoy spoke. Aides left.").SentenceCount);
    }
}
