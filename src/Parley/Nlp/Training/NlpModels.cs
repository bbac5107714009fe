using System.Diagnostics;
using System.Runtime.ExceptionServices;
using Parley.Nlp.Lemmatization;
using Parley.Nlp.Parsing;
using Parley.Nlp.Tagging;

namespace Parley.Nlp.Training;

/// <summary>The tagger, lemmatizer and parser that annotate a sentence together. Immutable and thread-safe.</summary>
public sealed class NlpModels
{
    public const string TaggerFile = "tagger.bin";
    public const string LemmatizerFile = "lemmatizer.bin";
    public const string ParserFile = "parser.bin";

    public NlpModels(Tagger tagger, Lemmatizer lemmatizer, DependencyParser parser)
    {
        Tagger = tagger;
        Lemmatizer = lemmatizer;
        Parser = parser;
    }

    public Tagger Tagger { get; }
    public Lemmatizer Lemmatizer { get; }
    public DependencyParser Parser { get; }

    /// <summary>Loads the three models from <paramref name="directory"/> (e.g. <see cref="Learning.ModelPaths.EnglishUd"/>), in parallel; a missing or unreadable file throws its own exception (e.g. <see cref="FileNotFoundException"/>).</summary>
    public static NlpModels Load(string directory)
    {
        Tagger? tagger = null;
        Lemmatizer? lemmatizer = null;
        DependencyParser? parser = null;
        try
        {
            Parallel.Invoke(
                () => parser = DependencyParser.Load(Path.Combine(directory, ParserFile)),
                () => tagger = Tagger.Load(Path.Combine(directory, TaggerFile)),
                () => lemmatizer = Lemmatizer.Load(Path.Combine(directory, LemmatizerFile)));
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
        {
            // Callers handle a missing or bad file (IOException, InvalidDataException), not the parallel wrapper.
            ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
        }
        return new NlpModels(tagger!, lemmatizer!, parser!);
    }

    public void Save(string directory)
    {
        Directory.CreateDirectory(directory);
        Tagger.Save(Path.Combine(directory, TaggerFile));
        Lemmatizer.Save(Path.Combine(directory, LemmatizerFile));
        Parser.Save(Path.Combine(directory, ParserFile));
    }

    /// <summary>Tags, lemmatizes and parses one sentence of word forms into <paramref name="result"/> (arrays at least as long as <paramref name="words"/>).</summary>
    public void Analyze(ReadOnlySpan<string> words, SentenceAnalysis result)
    {
        int n = words.Length;
        Debug.Assert(result.Upos.Length >= n);
        Tagger.Tag(words, result.Upos, result.Xpos);
        for (int i = 0; i < n; i++)
            Lemmatizer.Analyze(words[i], result.Upos[i], result.Xpos[i], out result.Lemmas[i], out result.Feats[i]);
        Parser.Parse(words, result.Upos, result.Xpos, result.Heads, result.Deprels);
    }
}
