namespace Parley.Nlp.Training;

/// <summary>Everything <see cref="NlpModelTrainer.TrainAll"/> needs; the defaults reproduce the committed models.</summary>
public sealed record TrainingOptions
{
    /// <summary>CoNLL-U training files (.conllu or .conllu.gz), read in this order.</summary>
    public required IReadOnlyList<string> TrainFiles { get; init; }

    /// <summary>Where tagger.bin, lemmatizer.bin and parser.bin are written.</summary>
    public required string OutputDirectory { get; init; }

    public ulong Seed { get; init; } = 20251;
    public int TaggerEpochs { get; init; } = 8;
    public int ParserEpochs { get; init; } = 15;

    /// <summary>Folds for jack-knifed tags the parser trains on; 0 or 1 trains the parser on gold tags.</summary>
    public int JackknifeFolds { get; init; } = 5;

    /// <summary>Probability of following the parser's own (possibly wrong) action after the first epoch.</summary>
    public double Explore { get; init; } = 0.9;

    /// <summary>Beam width of the parser: 1 trains the greedy parser (dynamic oracle), wider trains a beam parser with global max-violation updates.</summary>
    public int ParserBeam { get; init; } = 1;

    /// <summary>Epochs for a beam parser (<see cref="ParserBeam"/> &gt; 1), chosen on EWT dev: beam 8 gave UAS 86.09 / 86.03 / 86.16 / 86.34 after 6 / 8 / 10 / 12.</summary>
    public const int BeamParserEpochs = 12;

    /// <summary>
    /// When set (greedy parser only), a <see cref="Parsing.NeuralTransitionScorer"/> is trained on the same jack-knifed
    /// input after the perceptron parser and replaces its transition model; the perceptron's arc labeller is kept.
    /// </summary>
    public Parsing.NeuralParserOptions? NeuralParser { get; init; }

    /// <summary>
    /// A word-clusters file (<c>models/ner/word-clusters.tsv.gz</c>) whose classes the greedy parser's transition
    /// features read (Koo et al. 2008; parser format v7), or null for the classic templates alone.
    /// </summary>
    public string? ParserWordClusters { get; init; }

    /// <summary>
    /// A word-clusters file (<c>models/ner/word-clusters.tsv.gz</c>) whose word classes and capitalisation buckets the
    /// tagger's features read (tagger format v5), or null for the classic templates alone.
    /// </summary>
    public string? TaggerWordClusters { get; init; }

    /// <summary>Independent models (jack-knife folds) trained at once. Results do not depend on it.</summary>
    public int MaxParallelism { get; init; } = 2;

    /// <summary>Receives progress lines (epochs, training accuracy); the library never writes to the console.</summary>
    public Action<string>? Progress { get; init; }

    /// <summary>Receives the (jack-knifed) sentences the parser is trained on, e.g. to save them for parser-only experiments.</summary>
    public Action<IReadOnlyList<Parley.Nlp.Conllu.ConlluSentence>>? ParserInputSink { get; init; }

    /// <summary>EWT train + GUM train (permissive genres) under a shared-data folder such as <c>../shared</c>.</summary>
    public static TrainingOptions Standard(string sharedRoot, string outputDirectory) => new()
    {
        TrainFiles =
        [
            Path.Combine(sharedRoot, "data", "ud-english-ewt", "en_ewt-ud-train.conllu.gz"),
            Path.Combine(sharedRoot, "data", "gum", "gum-train.conllu.gz"),
        ],
        OutputDirectory = outputDirectory,
    };
}
