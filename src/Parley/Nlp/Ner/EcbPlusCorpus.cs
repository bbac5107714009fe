using System.Xml.Linq;
using Parley.Ingest;

namespace Parley.Nlp.Entities;

/// <summary>
/// Reads the participant and location mentions of ECB+ (Cybulska &amp; Vossen 2014; <c>ECBplus.tar.gz</c>, CAT XML) as
/// named entities, in the sentences listed in <c>ECBplus_coreference_sentences.csv</c> (the ones its annotators
/// validated). HUMAN_PART_PER → PER, HUMAN_PART_ORG → ORG, HUMAN_PART_GPE, LOC_GEO and LOC_FAC → LOC (GUM's place holds
/// buildings too). ECB+ marks named and common-noun mentions alike and with their preposition ("in Los Angeles", "at the
/// Betty Ford Center"), so a mention is a name only when it ends in a capitalised word, and the name is cut as in
/// <see cref="MeantimeCorpus.NameOf"/>. ECB+ annotates only the participants of its events, so a sentence with a
/// capitalised word (not the first) outside every participant, location and time mention that is no nationality word is
/// left out, as is one with a coordinated mention ("Lohan and Reid").
/// </summary>
public static class EcbPlusCorpus
{
    public const string Archive = "ECBplus.tar.gz", SentenceList = "ECBplus_coreference_sentences.csv";

    public static IReadOnlyList<NerSentence> Read(string directory)
    {
        var listed = new HashSet<(string File, int Sentence)>();
        foreach (string line in File.ReadLines(Path.Combine(directory, SentenceList)).Skip(1))
        {
            var cells = line.Split(',');
            if (cells.Length == 3 && int.TryParse(cells[2], out int n)) listed.Add(($"{cells[0]}_{cells[1]}", n));
        }
        var result = new List<NerSentence>();
        int document = 0;
        foreach (var (name, xml) in TarXml.Entries(Path.Combine(directory, Archive)))
        {
            string file = Path.GetFileNameWithoutExtension(name);
            AddDocument(XDocument.Parse(xml).Root!, s => listed.Contains((file, s)), result, document++, NerGazetteer.Default);
        }
        return result;
    }

    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "I", "me", "we", "us", "you", "he", "him", "she", "her", "it", "they", "them", "my", "our", "your", "his", "its", "their",
        "who", "whom", "whose", "which", "that", "this", "these", "those", "one", "she's", "he's", "it's",
    };

    private static string? TypeOf(string tag) => tag switch
    {
        "HUMAN_PART_PER" => EntityTypes.Person,
        "HUMAN_PART_ORG" => EntityTypes.Organisation,
        "HUMAN_PART_GPE" or "LOC_GEO" or "LOC_FAC" => EntityTypes.Location,
        _ => null,
    };

    internal static void AddDocument(XElement root, Func<int, bool> annotated, List<NerSentence> result, int document, NerGazetteer gazetteer)
    {
        var cat = new CatTokens(root, annotated);
        if (cat.IsEmpty || root.Element("Markables") is not { } markables) return;
        var sentences = cat.Sentences;
        var spans = sentences.ToDictionary(g => g.Key, _ => new List<EntitySpan>());
        var leftOut = new HashSet<int>();
        var covered = markables.Elements()
            .Where(m => m.Name.LocalName.StartsWith("HUMAN_PART", StringComparison.Ordinal) || m.Name.LocalName.StartsWith("NON_HUMAN_PART", StringComparison.Ordinal)
                || m.Name.LocalName.StartsWith("LOC_", StringComparison.Ordinal) || m.Name.LocalName.StartsWith("TIME_", StringComparison.Ordinal))
            .SelectMany(m => m.Elements("token_anchor")).Select(a => a.Attribute("t_id")!.Value).ToHashSet();
        foreach (var g in sentences)
        {
            foreach (var t in g.Skip(1))
                if (t.Text.Length > 0 && char.IsUpper(t.Text[0]) && t.Text != "I" && !covered.Contains(t.Id) && !gazetteer.IsNorp(t.Text)) leftOut.Add(g.Key);
            // Some ECB+ sentences were never tokenized ("Lohan's", "\"completely"); Parley's tokenizer would split them.
            if (g.Any(t => t.Text.Length > 1 && t.Text.Any(char.IsLetter) && t.Text.IndexOfAny(['"', '\'', '’']) >= 0 && t.Text is not ("'s" or "’s" or "n't" or "'re" or "'ve" or "'ll" or "'m" or "'d")))
                leftOut.Add(g.Key);
        }
        foreach (var m in markables.Elements())
        {
            if (TypeOf(m.Name.LocalName) is not { } type) continue;
            var at = cat.Anchors(m);
            if (at.Length == 0 || at.Any(a => a.Sentence != at[0].Sentence)) continue;
            var words = cat.Words(at[0].Sentence);
            int start = at.Min(a => a.Index), end = at.Max(a => a.Index) + 1;
            while (end > start + 1 && !words[end - 1].Any(char.IsLetterOrDigit)) end--;
            if (end - start == 1 && Pronouns.Contains(words[start])) continue;
            if (words[end - 1].Length == 0 || !char.IsUpper(words[end - 1][0]))
            {
                // A common-noun mention; one holding a capitalised word ("the Betty Ford clinic") may hide a name.
                if (Enumerable.Range(Math.Max(start, 1), end - Math.Max(start, 1)).Any(i => words[i].Length > 0 && char.IsUpper(words[i][0]) && !gazetteer.IsNorp(words[i])))
                    leftOut.Add(at[0].Sentence);
                continue;
            }
            // A coordination is a group, not a name; a one-word mention opening the sentence may be a pronoun or a common
            // word capitalised by position ("She", "Lawyer : …"): either way its sentence is left out.
            if (words[start..end].Contains("and") || start == 0 && end == 1) { leftOut.Add(at[0].Sentence); continue; }
            // Capitalised words of the mention before its name, other than titles and place or nationality words, are
            // another name ("Betty Ford Center in Rancho Mirage , Calif"): the sentence is left out.
            if (MeantimeCorpus.NameOf(words, start, end, type) is not { } name
                || Enumerable.Range(Math.Max(start, 1), Math.Max(0, name.Start - Math.Max(start, 1))).Any(i => words[i].Length > 0 && char.IsUpper(words[i][0])
                    && !NerCorpus.IsTitle(words[i]) && !gazetteer.IsNorp(words[i]) && !gazetteer.IsPlace(words[i])))
                leftOut.Add(at[0].Sentence);
            else spans[at[0].Sentence].Add(name);
        }
        foreach (var g in sentences)
            if (!leftOut.Contains(g.Key)) result.Add(new NerSentence([.. g.Select(t => t.Text)], MeantimeCorpus.Longest(spans[g.Key]), document));
    }
}
