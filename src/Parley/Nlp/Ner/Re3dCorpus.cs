using System.Text.Json;
using Parley.Nlp.Tokenization;

namespace Parley.Nlp.Entities;

/// <summary>
/// Reads the re3d corpus (Dstl; one folder per source with <c>documents.json</c> and <c>entities.json</c>, one JSON object
/// a line, character offsets into each document's text) into <see cref="NerSentence"/>s tokenized by Parley's tokenizer.
/// Person, Organisation and Location become PER, ORG and LOC; the other types are not named-entity classes of the tagger.
/// re3d also marks common-noun mentions ("U.S. service members"); to agree with the GUM convention only mentions whose
/// last word is capitalised are names (a leading "the" is dropped), and a sentence holding any other mention of those
/// three types, or a mention that does not fall on word boundaries, is left out rather than taught as no entity; so is a
/// sentence with no annotation of any type (re3d leaves some sentences bare) and one with a lone-pronoun mention.
/// Person names follow the GUM title convention.
/// </summary>
public static class Re3dCorpus
{
    /// <summary>Which documents to read: all, the training part, or the held-out part (<see cref="IsHeldOut"/>).</summary>
    public enum Part { All, Train, HeldOut }

    /// <summary>
    /// The held-out documents: in each source folder, documents ordered by their <c>_id</c> (ordinal), every fifth one
    /// (positions 4, 9, 14, …), 15 of the 88 documents. The rest are for training.
    /// </summary>
    public static bool IsHeldOut(int positionInSource) => positionInSource % 5 == 4;

    public static IReadOnlyList<NerSentence> Read(string re3dRoot, Tokenizer tokenizer, Part part = Part.All)
    {
        var result = new List<NerSentence>();
        foreach (string dir in Directory.GetDirectories(re3dRoot).Order(StringComparer.Ordinal))
        {
            string docs = Path.Combine(dir, "documents.json"), ents = Path.Combine(dir, "entities.json");
            if (!File.Exists(docs) || !File.Exists(ents)) continue;
            var byDoc = JsonLines(ents)
                .Select(e => (Doc: e.GetProperty("documentId").GetString()!, Begin: e.GetProperty("begin").GetInt32(), End: e.GetProperty("end").GetInt32(), Type: TypeOf(e.GetProperty("type").GetString()!)))
                .ToLookup(e => e.Doc);
            int document = result.Count == 0 ? 0 : result[^1].Document + 1;
            var ordered = JsonLines(docs).OrderBy(d => d.GetProperty("_id").GetString(), StringComparer.Ordinal).ToArray();
            for (int k = 0; k < ordered.Length; k++)
            {
                if (part == Part.Train && IsHeldOut(k) || part == Part.HeldOut && !IsHeldOut(k)) continue;
                var doc = ordered[k];
                string id = doc.GetProperty("_id").GetString()!, text = doc.GetProperty("text").GetString()!;
                AddDocument(text, [.. byDoc[id].Select(e => (e.Begin, e.End, e.Type))], tokenizer, result, document++);
            }
        }
        return result;
    }

    private static string? TypeOf(string re3dType) => re3dType switch
    {
        "Person" => EntityTypes.Person,
        "Organisation" => EntityTypes.Organisation,
        "Location" => EntityTypes.Location,
        _ => null,
    };

    private static void AddDocument(string text, (int Begin, int End, string? Type)[] mentions, Tokenizer tokenizer, List<NerSentence> result, int document)
    {
        var tokens = tokenizer.Tokenize(text);
        var forms = tokens.WordForms;
        for (int s = 0; s < tokens.SentenceCount; s++)
        {
            var (first, end) = tokens.SentenceWords(s);
            if (end <= first) continue;
            int from = tokens.WordSpan(first).Start, to = tokens.WordSpan(end - 1).End;
            var words = new string[end - first];
            for (int w = first; w < end; w++) words[w - first] = forms[w];
            var spans = new List<EntitySpan>();
            // re3d leaves some sentences bare (repeated press-release boilerplate such as "Coalition nations which have
            // conducted strikes in Syria include Australia , Bahrain , …"): a sentence without any annotation, of any
            // type, is taken as unannotated and left out rather than taught as holding no names.
            bool usable = mentions.Any(m => m.Begin < to && from < m.End);
            foreach (var m in mentions.Where(m => m.Type is not null && m.Begin < to && from < m.End).OrderByDescending(m => m.End - m.Begin).ThenBy(m => m.Begin))
            {
                int a = -1, b = -1;
                for (int w = first; w < end; w++)
                {
                    var span = tokens.WordSpan(w);
                    if (span.Start == m.Begin) a = w - first;
                    if (span.End == m.End) b = w - first + 1;
                }
                if (a < 0 || b <= a) { usable = false; break; }
                if (a < b - 1 && words[a] is "the" or "The") a++;
                // Pronouns ("We", "I") and common-noun mentions are not names.
                if (!char.IsUpper(words[b - 1][0]) || b - a == 1 && Pronouns.Contains(words[a])) { usable = false; break; }
                if (m.Type == EntityTypes.Person)
                {
                    // As in the GUM conversion: a title names a role, not a person ("Foreign Secretary"), and titles
                    // before a name are not part of it ("Minister Tobias Ellwood" → "Tobias Ellwood").
                    if (NerCorpus.IsTitle(words[b - 1])) continue;
                    while (a < b - 1 && (NerCorpus.IsTitle(words[a]) || NerCorpus.IsConnector(words[a]))) a++;
                }
                var x = new EntitySpan(a, b, m.Type!);
                if (!spans.Any(k => x.Start < k.End && k.Start < x.End)) spans.Add(x);
            }
            if (usable) result.Add(new NerSentence(words, [.. spans.OrderBy(x => x.Start)], document));
        }
    }

    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "I", "We", "You", "He", "She", "It", "They", "Me", "Us", "Him", "Her", "Them", "Our", "Their", "His", "Its", "My", "Your",
    };

    private static IEnumerable<JsonElement> JsonLines(string path)
    {
        foreach (string line in File.ReadLines(path))
        {
            if (line.Trim().Length == 0) continue;
            using var json = JsonDocument.Parse(line);
            yield return json.RootElement.Clone();
        }
    }
}
