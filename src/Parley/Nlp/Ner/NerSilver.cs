using Parley.Dates;
using Parley.Nlp.Tagging;
using Parley.Nlp.Tokenization;

namespace Parley.Nlp.Entities;

/// <summary>
/// Silver training data (self-training, after Yarowsky 1995): a trained tagger — its two stages, the span rules and the document step, as the pipeline runs
/// them — labels the unlabelled Wikinews 2019–2020 articles, and only the sentences it labels with confidence are
/// kept as training sentences. The rules after the model (institution heads, press names, named things, one sense per
/// discourse, …) then teach the next model names in contexts the gold corpora lack. A sentence is confident when
/// <list type="bullet">
/// <item>the first stage with the span rules alone (<see cref="EntityTagger.Tag"/>, no document context) finds exactly
/// the mentions that the whole tagger finds with the document step: two views of the sentence agree;</item>
/// <item>every capitalised word after the sentence's first word lies inside a mention or is a nationality or group word,
/// a title or honorific, a month or weekday — an unmarked name must not be taught as no entity;</item>
/// <item>it has a mention, none of them of a type the tagger does not learn (MISC: works, languages, instruments);</item>
/// </list>
/// and it has at least <see cref="MinWords"/> words. An article that shares a sentence with an evaluation text
/// (the <c>exclude</c> keys of <see cref="Build"/>) is left out whole. Deterministic for a given tagger.
/// </summary>
internal static class NerSilver
{
    public const int MinWords = 6;
    /// <summary>Document numbers of silver sentences start here, apart from every gold corpus's.</summary>
    public const int FirstDocument = 1_000_000;

    /// <param name="exclude">Normalised sentence keys (<see cref="Key"/>) of texts the silver data must not hold.</param>
    public static List<NerSentence> Build(string sharedRoot, EntityTagger teacher, Tagger posTagger, IReadOnlySet<string> exclude, Action<string>? progress = null)
    {
        var result = new List<NerSentence>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int articles = 0, excluded = 0, sentences = 0;
        var gazetteer = NerGazetteer.Default;
        foreach (var article in Articles(sharedRoot))
        {
            articles++;
            if (article.Any(s => exclude.Contains(Key(s)))) { excluded++; continue; }
            sentences += article.Length;
            var upos = new string[article.Length][];
            for (int s = 0; s < article.Length; s++)
            {
                upos[s] = new string[article[s].Length];
                posTagger.Tag(article[s], upos[s], new string[article[s].Length]);
            }
            var lower = EntityTagger.LowerWords(article);
            var found = teacher.TagDocument(article, upos);
            EntityTagger.Harmonise(article, found, lower);
            for (int s = 0; s < article.Length; s++)
            {
                var words = article[s];
                if (words.Length < MinWords || found[s].Length == 0) continue;
                if (found[s].Any(x => x.Type == EntityTypes.Misc)) continue;
                var alone = teacher.Tag(words, upos[s]);
                if (!alone.SequenceEqual(found[s])) continue;
                if (!Covered(words, found[s], gazetteer)) continue;
                if (!seen.Add(string.Join(' ', words))) continue;
                result.Add(new NerSentence(words, found[s], FirstDocument + articles));
            }
        }
        progress?.Invoke($"silver: {articles} Wikinews articles ({excluded} left out: they share a sentence with an evaluation text), {sentences} sentences, {result.Count} kept with {result.Sum(s => s.Spans.Length)} mentions");
        return result;
    }

    /// <summary>Whether every capitalised word after the sentence's first word is inside a mention or a known non-name (nationality or group word, title, month or weekday).</summary>
    internal static bool Covered(string[] words, EntitySpan[] spans, NerGazetteer gazetteer)
    {
        int first = EntityTagger.FirstWord(words), k = 0;
        for (int i = first + 1; i < words.Length; i++)
        {
            while (k < spans.Length && spans[k].End <= i) k++;
            if (k < spans.Length && spans[k].Start <= i) continue;
            var w = words[i];
            if (w.Length == 0 || !char.IsUpper(w[0])) continue;
            if (gazetteer.IsNorp(w) || NerCorpus.IsTitle(w) || DateWords.IsMonthOrWeekday(w)) continue;
            return false;
        }
        return true;
    }

    /// <summary>A sentence's letters and digits, lower-cased: equal for the same sentence under two tokenizations.</summary>
    public static string Key(IEnumerable<string> words)
    {
        var b = new System.Text.StringBuilder();
        foreach (var w in words)
            foreach (char c in w)
                if (char.IsLetterOrDigit(c)) b.Append(char.ToLowerInvariant(c));
        return b.ToString();
    }

    /// <summary>The Wikinews 2019–2020 articles (the <c>text</c> column of each CSV, files in name order), each as its sentences' words (Parley's tokenizer).</summary>
    private static IEnumerable<string[][]> Articles(string sharedRoot)
    {
        string dir = Path.Combine(sharedRoot, "data", "wikinews-2019-2020");
        if (!Directory.Exists(dir)) yield break;
        foreach (string csv in Directory.GetFiles(dir, "*.csv").Order(StringComparer.Ordinal))
            foreach (var row in Ingest.CsvText.Rows(File.ReadAllText(csv)).Skip(1))
            {
                if (row.Count < 4) continue;
                var tokens = Tokenizer.Default.Tokenize(row[3]);
                var forms = tokens.WordForms;
                var article = new List<string[]>();
                for (int s = 0; s < tokens.SentenceCount; s++)
                {
                    var (first, end) = tokens.SentenceWords(s);
                    if (end > first) article.Add([.. Enumerable.Range(first, end - first).Select(w => forms[w])]);
                }
                if (article.Count > 0) yield return [.. article];
            }
    }
}
