using System.Diagnostics;
using Parley.Nlp.Tagging;
using Parley.Nlp.Tokenization;

namespace Parley.Nlp.Entities;

/// <summary>Tags gold sentences with an <see cref="EntityTagger"/> and scores the result; for CoNLL-2003-style gold the tagger's EVENT is read as MISC.</summary>
public static class NerEvaluation
{
    /// <param name="Elapsed">Time of entity tagging alone; <paramref name="PosElapsed"/> that of the POS tagging it needs.</param>
    /// <param name="Cpu">Processor time of the process during entity tagging (one thread does the work), a per-core measure that other load on the machine does not inflate.</param>
    public sealed record Result(IReadOnlyList<NerScores> Scores, EntitySpan[][] Predicted, int Sentences, long Words, TimeSpan Elapsed, TimeSpan PosElapsed, TimeSpan Cpu = default);

    /// <param name="documentStep">Whether <see cref="EntityTagger.Harmonise"/> runs after each document (as in the pipeline); false measures the tagger alone.</param>
    public static Result Evaluate(EntityTagger tagger, Tagger posTagger, IReadOnlyList<NerSentence> gold, bool conllLabels, IReadOnlySet<string>? types = null, bool documentStep = true)
    {
        var clock = Stopwatch.StartNew();
        var upos = PosTags(posTagger, gold);
        var posElapsed = clock.Elapsed;
        var predicted = new EntitySpan[gold.Count][];
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpu0 = process.TotalProcessorTime;
        clock.Restart();
        // Document by document, as the pipeline's ner stage tags an article, with the document step after each.
        for (int a = 0, b; a < gold.Count; a = b)
        {
            for (b = a + 1; b < gold.Count && gold[b].Document == gold[a].Document;) b++;
            var words = gold.Skip(a).Take(b - a).Select(g => g.Words).ToArray();
            var lower = EntityTagger.LowerWords(words);
            var doc = tagger.TagDocument(words, upos[a..b]);
            if (documentStep) EntityTagger.Harmonise(words, doc, lower);
            doc.CopyTo(predicted.AsSpan(a, b - a));
        }
        var elapsed = clock.Elapsed;
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpu0;
        if (conllLabels)
            for (int s = 0; s < predicted.Length; s++)
                predicted[s] = [.. predicted[s].Select(x => x with { Type = EntityTypes.ForConll(x.Type) })];
        var scores = NerScorer.Score([.. gold.Select(g => g.Spans)], predicted, types);
        return new Result(scores, predicted, gold.Count, gold.Sum(g => (long)g.Words.Length), elapsed, posElapsed, cpu);
    }

    /// <summary>The recipe of the shipped model: GUM train, then re3d's training documents, MEANTIME's annotated sentences and ECB+'s validated sentences (when present), 6 epochs of structured perceptron training for each of 5 seeds with the weights averaged, a stacked second stage trained the same way on first-stage labels jack-knifed over 5 folds of documents, rows under 2 quantization steps pruned.</summary>
    public static EntityTagger TrainStandard(string sharedRoot, Tagger posTagger, Action<string>? progress = null) => TrainStandard(sharedRoot, posTagger, Recipe.Standard, progress);

    /// <summary>
    /// How the entity tagger is trained: the seeds of the averaged models (<see cref="StandardSeeds"/>; another first
    /// seed gives another ensemble of the same recipe, to measure how much a score owes to the seeds), and whether a
    /// stacked second stage is trained, with how many jack-knife folds (<see cref="EntityTaggerTrainer.TrainStacked"/>).
    /// </summary>
    /// <param name="RunCues">Whether the words of a capitalised run also see the run's first and last words (<see cref="NerFeatures.RunCues"/>).</param>
    /// <param name="Lexicon">Whether the second stage reads a lexicon of what the first stage makes of each capitalised word across the unlabelled text (<see cref="NerLexicon"/>).</param>
    /// <param name="NameHeads">Whether both stages read what the first and last words of names say about their type (<see cref="NerNameHeads"/>).</param>
    /// <param name="Brown">Whether both stages read Brown-cluster path prefixes (<see cref="BrownClusters.Default"/>).</param>
    /// <param name="Silver">Whether confidently tagged sentences of the unlabelled Wikinews articles are added to the training data (<see cref="NerSilver"/>), tagged by <paramref name="Teacher"/> or, without one, by a model of this recipe without silver data trained first.</param>
    /// <param name="Teacher">The tagger file whose output is the silver data, or null.</param>
    public sealed record Recipe(ulong FirstSeed = 1, int StackFolds = StandardStackFolds, bool RunCues = StandardRunCues, bool Lexicon = StandardLexicon, bool NameHeads = StandardNameHeads, bool Brown = StandardBrown,
        bool Silver = StandardSilver, string? Teacher = null)
    {
        public static readonly Recipe Standard = new();
        public ulong[] Seeds => [.. StandardSeeds.Select(s => s - StandardSeeds[0] + FirstSeed)];
    }

    public static EntityTagger TrainStandard(string sharedRoot, Tagger posTagger, Recipe recipe, Action<string>? progress = null)
    {
        var train = NerCorpus.ReadGum(Path.Combine(sharedRoot, "data", "gum", "gum-train.conllu.gz"));
        progress?.Invoke($"GUM train: {train.Count} sentences, {train.Sum(s => s.Spans.Length)} named mentions");
        string re3d = Path.Combine(sharedRoot, "data", "re3d");
        if (Directory.Exists(re3d))
        {
            var extra = Re3dCorpus.Read(re3d, Tokenizer.Default, Re3dCorpus.Part.Train);
            progress?.Invoke($"re3d (training documents): {extra.Count} sentences, {extra.Sum(s => s.Spans.Length)} named mentions");
            train = [.. train, .. extra];
        }
        string meantime = Path.Combine(sharedRoot, "data", "meantime-en", MeantimeCorpus.Archive);
        if (File.Exists(meantime))
        {
            var extra = MeantimeCorpus.Read(meantime);
            progress?.Invoke($"MEANTIME (annotated sentences): {extra.Count} sentences, {extra.Sum(s => s.Spans.Length)} named mentions");
            train = [.. train, .. extra];
        }
        string ecb = Path.Combine(sharedRoot, "data", "ecbplus");
        if (File.Exists(Path.Combine(ecb, EcbPlusCorpus.Archive)) && File.Exists(Path.Combine(ecb, EcbPlusCorpus.SentenceList)))
        {
            var extra = EcbPlusCorpus.Read(ecb);
            progress?.Invoke($"ECB+ (validated sentences): {extra.Count} sentences, {extra.Sum(s => s.Spans.Length)} named mentions");
            train = [.. train, .. extra];
        }
        if (recipe.Silver) train = [.. train, .. SilverData(sharedRoot, posTagger, recipe, train, progress)];
        var upos = PosTags(posTagger, train);
        (IReadOnlyList<string[]> Words, IReadOnlyList<string[]> Upos)? unlabelled = recipe.Lexicon && recipe.StackFolds > 1 ? LexiconText(sharedRoot, posTagger, train, progress) : null;
        var heads = recipe.NameHeads ? NerNameHeads.Build(Parley.Entities.EntityResources.Default, train) : null;
        if (heads is not null) progress?.Invoke($"ner name words: {heads.Count} words that start or end {NerNameHeads.MinNames}+ names");
        var brown = recipe.Brown ? BrownClusters.Default : null;
        if (brown is not null) progress?.Invoke($"ner Brown clusters: {brown.Count} words");
        var tagger = recipe.StackFolds > 1
            ? EntityTaggerTrainer.TrainStacked(train, upos, StandardEpochs, recipe.Seeds, recipe.StackFolds, progress, recipe.RunCues, unlabelled, heads, brown)
            : EntityTaggerTrainer.Train(train, upos, StandardEpochs, recipe.Seeds, progress, recipe.RunCues, heads, brown);
        return tagger.Pruned(StandardPrune);
    }

    /// <summary>
    /// The silver sentences (<see cref="NerSilver"/>) for <paramref name="recipe"/>: Wikinews articles that share no sentence
    /// with GUM dev or test, tagged by the recipe's teacher; sentences equal to a training sentence are left out.
    /// </summary>
    private static List<NerSentence> SilverData(string sharedRoot, Tagger posTagger, Recipe recipe, IReadOnlyList<NerSentence> train, Action<string>? progress)
    {
        var teacher = recipe.Teacher is { } path ? EntityTagger.Load(path) : TrainStandard(sharedRoot, posTagger, recipe with { Silver = false, FirstSeed = 1 }, progress);
        var exclude = new HashSet<string>(StringComparer.Ordinal);
        foreach (string split in new[] { "gum-dev.conllu.gz", "gum-test.conllu.gz" })
        {
            string file = Path.Combine(sharedRoot, "data", "gum", split);
            if (File.Exists(file))
                foreach (var s in NerCorpus.ReadGum(file)) exclude.Add(NerSilver.Key(s.Words));
        }
        var taught = train.Select(s => NerSilver.Key(s.Words)).ToHashSet(StringComparer.Ordinal);
        return [.. NerSilver.Build(sharedRoot, teacher, posTagger, exclude, progress).Where(s => !taught.Contains(NerSilver.Key(s.Words)))];
    }

    /// <summary>
    /// The text of the learned entity lexicon (<see cref="NerLexicon"/>): the unlabelled sentences of the word classes
    /// (<see cref="UnlabeledText.Sentences"/>) that are not training sentences, so that the lexicon tells what the tagger
    /// makes of a word in text it has not been taught; with the tagger's UPOS.
    /// </summary>
    private static (IReadOnlyList<string[]> Words, IReadOnlyList<string[]> Upos) LexiconText(string sharedRoot, Tagger posTagger, IReadOnlyList<NerSentence> train, Action<string>? progress)
    {
        var taught = train.Select(s => string.Join(' ', s.Words)).ToHashSet(StringComparer.Ordinal);
        var text = UnlabeledText.Sentences(sharedRoot).Where(s => !taught.Contains(string.Join(' ', s))).ToArray();
        var upos = new string[text.Length][];
        for (int s = 0; s < text.Length; s++)
        {
            upos[s] = new string[text[s].Length];
            posTagger.Tag(text[s], upos[s], new string[text[s].Length]);
        }
        progress?.Invoke($"ner lexicon text: {text.Length} unlabelled sentences that are not training sentences, {text.Sum(s => (long)s.Length)} words");
        return (text, upos);
    }

    /// <summary>The tagger's UPOS for every sentence.</summary>
    public static string[][] PosTags(Tagger posTagger, IReadOnlyList<NerSentence> sentences)
    {
        var result = new string[sentences.Count][];
        for (int s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s].Words;
            var upos = result[s] = new string[words.Length];
            posTagger.Tag(words, upos, new string[words.Length]);
        }
        return result;
    }

    public const int StandardEpochs = 6;
    /// <summary>One model per seed, their weights averaged (<see cref="EntityTaggerTrainer.Train(IReadOnlyList{NerSentence}, IReadOnlyList{string[]}, int, IReadOnlyList{ulong}, Action{string})"/>).</summary>
    public static readonly ulong[] StandardSeeds = [1, 101, 201, 301, 401];
    public const int StandardPrune = 2;
    /// <summary>Jack-knife folds of the stacked second stage (0 or 1: one stage, the v6 recipe).</summary>
    public const int StandardStackFolds = 5;
    /// <summary>Whether the shipped recipe uses the capitalised-run features.</summary>
    public const bool StandardRunCues = false;
    /// <summary>Whether the shipped recipe's second stage reads the learned entity lexicon.</summary>
    public const bool StandardLexicon = false;
    /// <summary>Whether the shipped recipe reads the name-word table (<see cref="NerNameHeads"/>).</summary>
    public const bool StandardNameHeads = false;
    /// <summary>Whether the shipped recipe reads Brown-cluster path prefixes (<see cref="BrownClusters"/>).</summary>
    public const bool StandardBrown = false;
    /// <summary>Whether the shipped recipe trains on silver data (<see cref="NerSilver"/>).</summary>
    public const bool StandardSilver = false;
}
