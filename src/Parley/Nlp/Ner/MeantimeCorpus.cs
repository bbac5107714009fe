using System.Xml.Linq;
using Parley.Ingest;

namespace Parley.Nlp.Entities;

/// <summary>
/// Reads the named entity mentions of the English MEANTIME corpus (NewsReader; 120 Wikinews articles in CAT XML inside
/// <c>meantime_newsreader_english_oct15.tar.gz</c>, <c>intra-doc_annotation</c> copy) into <see cref="NerSentence"/>s
/// over the corpus's own tokens. Only the sentences the annotators covered are read (title, date line and the first four
/// body sentences: sentence numbers 0–5). A mention counts when its syntactic type is NAM and the entity it refers to is
/// a person, organisation or location (PER/ORG/LOC); products and financial entities are not classes of the tagger.
/// MEANTIME's named mentions span the whole noun phrase ("U.S. automaker Chrysler", "the government of Canada"), so,
/// as in the GUM conversion, the name is the capitalised run at the mention's end (link words such as "of" kept inside):
/// "Chrysler", "Canada". A person's name is the run of capitalised words after any title ("U.S. President Barack Obama"
/// → "Barack Obama"); a person mention ending in a lower-case word or in a name after "of" ("Prime Minister of Canada")
/// names a role, not a person, and is dropped. Of overlapping names the longest stays.
/// </summary>
public static class MeantimeCorpus
{
    public const string Archive = "meantime_newsreader_english_oct15.tar.gz";

    public static IReadOnlyList<NerSentence> Read(string tarGzPath)
    {
        var result = new List<NerSentence>();
        int document = 0;
        foreach (var (_, xml) in TarXml.Entries(tarGzPath, name => name.Contains("/intra-doc_annotation/", StringComparison.Ordinal)))
            AddDocument(XDocument.Parse(xml).Root!, result, document++, NerGazetteer.Default);
        return result;
    }

    /// <summary>Sentence numbers the MEANTIME annotators covered: the title, the date line and four body sentences.</summary>
    private const int LastAnnotatedSentence = 5;

    private static void AddDocument(XElement root, List<NerSentence> result, int document, NerGazetteer gazetteer)
    {
        var cat = new CatTokens(root, s => s <= LastAnnotatedSentence);
        var sentences = cat.Sentences;
        var markables = root.Element("Markables");
        var relations = root.Element("Relations");
        if (markables is null || relations is null) return;
        var entityType = markables.Elements("ENTITY").ToDictionary(e => e.Attribute("m_id")!.Value, e => e.Attribute("ent_type")?.Value);
        var typeOf = new Dictionary<string, string?>();
        foreach (var r in relations.Elements("REFERS_TO"))
        {
            string? target = r.Element("target")?.Attribute("m_id")?.Value;
            if (target is null) continue;
            foreach (var s in r.Elements("source")) typeOf[s.Attribute("m_id")!.Value] = entityType.GetValueOrDefault(target);
        }
        var spans = sentences.ToDictionary(g => g.Key, _ => new List<EntitySpan>());
        var leftOut = new HashSet<int>();
        // Tokens of named mentions of any entity type and of time expressions: a capitalised word (not the first) outside
        // them that is no nationality word is a name the annotators skipped ("in Everett , Washington" marks only
        // Washington), so its sentence is left out rather than taught as no name.
        var covered = markables.Elements()
            .Where(m => m.Name == "TIMEX3" || m.Name == "ENTITY_MENTION" && m.Attribute("syntactic_type")?.Value == "NAM")
            .SelectMany(m => m.Elements("token_anchor")).Select(a => a.Attribute("t_id")!.Value).ToHashSet();
        foreach (var g in sentences)
            foreach (var t in g.Skip(1))
                if (t.Text.Length > 0 && char.IsUpper(t.Text[0]) && t.Text != "I" && !covered.Contains(t.Id) && !gazetteer.IsNorp(t.Text)) leftOut.Add(g.Key);
        foreach (var m in markables.Elements("ENTITY_MENTION"))
        {
            if (m.Attribute("syntactic_type")?.Value != "NAM") continue;
            var at = cat.Anchors(m);
            if (at.Length == 0 || at.Any(a => a.Sentence != at[0].Sentence)) continue;
            string? entity = typeOf.GetValueOrDefault(m.Attribute("m_id")!.Value);
            string? type = entity switch
            {
                "PER" => EntityTypes.Person,
                "ORG" => EntityTypes.Organisation,
                "LOC" => EntityTypes.Location,
                _ => null,
            };
            // Products and financial entities are no classes of the tagger; a name of unknown type leaves its sentence out.
            if (type is null)
            {
                if (entity is not ("PRO" or "FIN")) leftOut.Add(at[0].Sentence);
                continue;
            }
            var words = cat.Words(at[0].Sentence);
            int start = at.Min(a => a.Index), end = at.Max(a => a.Index) + 1;
            // A coordinated mention ("Boeing and Lockheed Martin") is a group, not a name (the GUM convention); its
            // sentence is left out, as is one whose mention gives no name.
            if (words[start..end].Contains("and") && !words[start..end].Any(w => w is "Company" or "Corporation" or "Bank")
                || NameOf(words, start, end, type) is not { } name)
                leftOut.Add(at[0].Sentence);
            else spans[at[0].Sentence].Add(name);
        }
        foreach (var g in sentences)
            if (!leftOut.Contains(g.Key)) result.Add(new NerSentence([.. g.Select(t => t.Text)], Longest(spans[g.Key]), document));
    }

    /// <summary>The name inside a MEANTIME named mention <c>[start, end)</c> (see the class summary), or null.</summary>
    internal static EntitySpan? NameOf(string[] words, int start, int end, string type)
    {
        int last = end - 1;
        while (last >= start && !IsCapitalised(words[last])) last--;
        if (last < start || type == EntityTypes.Person && last != end - 1) return null;
        int first = last;
        if (type == EntityTypes.Person)
        {
            while (first > start && IsCapitalised(words[first - 1]) && !NerCorpus.IsTitle(words[first - 1])) first--;
            if (first > start && NerCorpus.IsConnector(words[first - 1])) return null;
            return NerCorpus.IsTitle(words[first]) ? null : new EntitySpan(first, last + 1, type);
        }
        while (first > start)
        {
            if (IsCapitalised(words[first - 1])) { first--; continue; }
            // A link word stays inside when a capitalised word of the mention comes before it ("Bank of America").
            int k = first - 1;
            while (k > start && NerCorpus.IsConnector(words[k])) k--;
            if (k < first - 1 && NerCorpus.IsConnector(words[first - 1]) && IsCapitalised(words[k]) && !NerCorpus.IsConnector(words[k])) { first = k; continue; }
            break;
        }
        while (first < last && words[first] is "The" or "A" or "An") first++;
        return new EntitySpan(first, last + 1, type);
    }

    private static bool IsCapitalised(string word) => word.Length > 0 && char.IsUpper(word[0]) && !NerCorpus.IsConnector(word);

    internal static EntitySpan[] Longest(List<EntitySpan> spans)
    {
        var kept = new List<EntitySpan>();
        foreach (var x in spans.OrderByDescending(x => x.End - x.Start).ThenBy(x => x.Start))
            if (!kept.Any(k => k.Start < x.End && x.Start < k.End)) kept.Add(x);
        return [.. kept.OrderBy(x => x.Start)];
    }
}
