using System.Globalization;
using System.Text;
using Parley.Documents;
using Parley.Nlp.Conllu;
using Parley.Nlp.Tokenization;

namespace Parley.Nlp.Evaluation;

/// <summary>
/// The raw text of a gold treebank as the CoNLL 2018 shared task gave it to systems (UD tools'
/// <c>conllu_to_text.pl</c>): within a sentence, tokens are separated by a space unless the token has
/// <c>SpaceAfter=No</c>; sentences of a paragraph are separated by one space; a paragraph (<c># newpar</c>) or
/// document (<c># newdoc</c>) starts after a blank line; lines are wrapped at white space once they reach
/// 80 characters, so a single line break carries no information. The text is then tokenized and
/// (optionally) analysed to give system CoNLL-U for <see cref="UdEvaluator"/>.
/// </summary>
public sealed class RawTextCorpus
{
    public const int WrapWidth = 80;

    private RawTextCorpus(string text, IReadOnlyList<Span> paragraphs, IReadOnlyList<int> sentenceEnds, IReadOnlyList<ConlluSentence> gold)
    {
        Text = text;
        Paragraphs = paragraphs;
        SentenceEnds = sentenceEnds;
        Gold = gold;
    }

    public string Text { get; }

    /// <summary>The span of each paragraph's text (between blank lines).</summary>
    public IReadOnlyList<Span> Paragraphs { get; }

    /// <summary>The character offset where each gold sentence ends.</summary>
    public IReadOnlyList<int> SentenceEnds { get; }

    public IReadOnlyList<ConlluSentence> Gold { get; }

    public static RawTextCorpus FromConllu(IReadOnlyList<ConlluSentence> gold)
    {
        var text = new StringBuilder();
        var paragraphs = new List<Span>();
        var sentenceEnds = new List<int>(gold.Count);
        int paragraphStart = 0;
        for (int i = 0; i < gold.Count; i++)
        {
            var sentence = gold[i];
            if (i > 0)
            {
                if (sentence.StartsParagraph)
                {
                    paragraphs.Add(new Span(paragraphStart, text.Length));
                    Wrap(text, paragraphStart);
                    text.Append("\n\n");
                    paragraphStart = text.Length;
                }
                else text.Append(' ');
            }
            foreach (var (form, _, _, spaceAfter) in sentence.Tokens())
            {
                text.Append(form);
                if (spaceAfter) text.Append(' ');
            }
            while (text.Length > paragraphStart && text[^1] == ' ') text.Length--;
            sentenceEnds.Add(text.Length);
        }
        paragraphs.Add(new Span(paragraphStart, text.Length));
        Wrap(text, paragraphStart);
        text.Append('\n');
        return new RawTextCorpus(text.ToString(), paragraphs, sentenceEnds, gold);
    }

    public static RawTextCorpus FromFile(string conlluPath) => FromConllu([.. ConlluReader.ReadFile(conlluPath)]);

    /// <summary>Wraps the paragraph that starts at <paramref name="start"/> in place (a space becomes a line
    /// break, so offsets do not move): each line ends at the last white space within its first 81 characters,
    /// or at the first white space after them.</summary>
    private static void Wrap(StringBuilder text, int start)
    {
        int lineStart = start;
        while (text.Length - lineStart >= WrapWidth)
        {
            int lastSpace = -1;
            for (int i = lineStart; i < text.Length; i++)
            {
                if (i - lineStart > WrapWidth && lastSpace >= 0) break;
                if (char.IsWhiteSpace(text[i])) lastSpace = i;
            }
            if (lastSpace < 0) break;
            text[lastSpace] = '\n';
            lineStart = lastSpace + 1;
        }
    }

    /// <summary>The text with its gold sentence ends, for <see cref="SentenceSplitterTrainer"/>.</summary>
    public SentenceSplitterTrainer.TrainingText ToTrainingText() => new(Text, Paragraphs, SentenceEnds);

    /// <summary>Tokenizes the raw text (single line breaks read as wrapping) and gives system CoNLL-U; with an
    /// analyser the words also get lemmas, tags and dependencies, otherwise only the segmentation is filled.</summary>
    public IReadOnlyList<ConlluSentence> Analyse(Tokenizer tokenizer, WordAnalyser? analyser = null) =>
        ToConllu(tokenizer.WithOptions(TokenizerOptions.Wrapped).Tokenize(Text, Paragraphs), analyser);

    /// <summary>Turns tokenized text into CoNLL-U sentences (multi-word token lines, <c>SpaceAfter=No</c>,
    /// <c># text</c>, <c># newpar</c>), calling <paramref name="analyser"/> once per sentence when given.</summary>
    public static IReadOnlyList<ConlluSentence> ToConllu(TokenizedText tokens, WordAnalyser? analyser = null)
    {
        var result = new List<ConlluSentence>(tokens.SentenceCount);
        var spans = tokens.TokenSpans;
        for (int s = 0; s < tokens.SentenceCount; s++)
        {
            var (firstToken, endToken) = tokens.SentenceTokens(s);
            var (firstWord, endWord) = tokens.SentenceWords(s);
            var forms = tokens.SentenceForms(s);
            var analysis = analyser?.Invoke(forms);
            if (analysis is not null && analysis.Length != forms.Length)
                throw new InvalidOperationException($"The analyser returned {analysis.Length} analyses for {forms.Length} words.");
            var words = new List<ConlluWord>(forms.Length);
            var multiwords = new List<ConlluMultiword>();
            for (int t = firstToken; t < endToken; t++)
            {
                bool spaceAfter = t + 1 >= tokens.TokenCount || spans[t + 1].Start > spans[t].End;
                string misc = spaceAfter ? "_" : "SpaceAfter=No";
                int w0 = tokens.TokenFirstWord[t], w1 = tokens.TokenFirstWord[t + 1];
                if (w1 - w0 > 1)
                    multiwords.Add(new ConlluMultiword(w0 - firstWord + 1, w1 - firstWord, tokens.TokenForm(t), misc));
                for (int w = w0; w < w1; w++)
                {
                    var a = analysis is null ? WordAnalysis.None : analysis[w - firstWord];
                    words.Add(new ConlluWord(w - firstWord + 1, forms[w - firstWord], a.Lemma, a.Upos, a.Xpos, a.Feats, a.Head, a.Deprel, "_",
                        w1 - w0 > 1 ? "_" : misc));
                }
            }
            var comments = new List<KeyValuePair<string, string>>();
            if (tokens.SentenceStartsParagraph(s)) comments.Add(new("newpar", ""));
            comments.Add(new("sent_id", (s + 1).ToString(CultureInfo.InvariantCulture)));
            comments.Add(new("text", tokens.SentenceSpan(s).TextOf(tokens.Text).Replace('\n', ' ').Replace('\r', ' ')));
            result.Add(new ConlluSentence(comments, words, multiwords));
        }
        return result;
    }
}
