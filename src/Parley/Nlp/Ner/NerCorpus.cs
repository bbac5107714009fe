using System.IO.Compression;
using Parley.Nlp.Conllu;

namespace Parley.Nlp.Entities;

/// <summary>
/// Reads entity-annotated corpora into <see cref="NerSentence"/>s: GUM-style CoNLL-U, whose MISC column brackets every
/// mention (<c>Entity=(id-type-…</c> … <c>id)</c>), and CoNLL-2003-style files (a word and its IOB1/IOB2 tag per line).
/// </summary>
public static class NerCorpus
{
    /// <summary>Reads either format, telling them apart by the file name (<c>.conllu</c>, <c>.conllu.gz</c>) or, failing that, by a ten-column tab-separated line.</summary>
    public static IReadOnlyList<NerSentence> Read(string path) => IsConllu(path) ? ReadGum(path) : ReadConll(path);

    public static bool IsConllu(string path)
    {
        if (path.EndsWith(".conllu", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".conllu.gz", StringComparison.OrdinalIgnoreCase)) return true;
        using var reader = Open(path);
        for (string? line; (line = reader.ReadLine()) is not null;)
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            return line.Split('\t').Length == 10;
        }
        return false;
    }

    /// <summary>
    /// Named mentions of a GUM-style CoNLL-U file. GUM brackets every mention, named or not ("the city", "she"); a mention
    /// counts as a named entity when its syntactic head is a proper noun, and its span is cut down to the run of
    /// capitalised words around that head, with links such as "of the" inside it and no leading article (so
    /// "the University of Portsmouth , which …" gives "University of Portsmouth"). Mentions
    /// nested in a longer named mention are dropped, as in OntoNotes. As in CoNLL and OntoNotes, coordinated mentions
    /// ("X and Y") are not names (their conjuncts are), person mentions headed by a title ("the Secretary") are dropped,
    /// titles before a person's name are cut off ("Mr. Tedeschi" → "Tedeschi"), and a lone nationality or group word
    /// called a person ("Muslims") is NORP. Sentences whose words are withheld (GUM's Reddit documents ship "_") are skipped.
    /// </summary>
    public static IReadOnlyList<NerSentence> ReadGum(string path)
    {
        var result = new List<NerSentence>();
        int document = 0;
        foreach (var s in ConlluReader.ReadFile(path))
        {
            if (s.StartsDocument && result.Count > 0) document++;
            if (s.Words.All(w => w.Form == "_")) continue;
            result.Add(FromConllu(s) with { Document = document });
        }
        return result;
    }

    public static NerSentence FromConllu(ConlluSentence s)
    {
        var words = s.Words;
        var named = new List<EntitySpan>();
        foreach (var m in ConlluEntities.Of(words)) AddNamed(words, m.Type, m.Start, m.End, named);
        return new NerSentence([.. words.Select(w => w.Form)], Outermost(named));
    }

    private static void AddNamed(IReadOnlyList<ConlluWord> words, string gumType, int start, int end, List<EntitySpan> named)
    {
        if (EntityTypes.FromGum(gumType) is not { } type) return;
        int head = -1;
        for (int i = start; i < end; i++)
        {
            int h = words[i].Head - 1;
            if (h < start || h >= end) { head = i; break; }
        }
        if (head < 0) return;
        if (words[head].Upos != "PROPN")
        {
            AddAppositiveName(words, type, head, start, end, named);
            return;
        }
        // A coordinated mention ("Kirk M. Bart and Celeste Pollock") is a group, not a name: its conjuncts are mentions of their own.
        for (int i = start; i < end; i++)
            if (words[i].Head - 1 == head && words[i].Deprel.StartsWith("conj", StringComparison.Ordinal)) return;
        // A person mention headed by a title ("the Secretary", "Director of the …", "Emperor of the United States") names a
        // role, not a person, as in CoNLL and OntoNotes; the names nested in it stay mentions.
        if (type == EntityTypes.Person && IsTitle(words[head].Form)) return;
        int first = head, last = head;
        while (first > start && InName(words, first - 1, start, end, -1)) first--;
        while (last < end - 1 && InName(words, last + 1, start, end, +1)) last++;
        while (first < last && (Connectors.Contains(words[first].Form) || words[first].Upos == "DET")) first++;
        // Titles and honorifics before a person's name are not part of it ("Mr. Tedeschi", "Professor Cres Eastman",
        // "Major - General Scott" → "Tedeschi", "Cres Eastman", "Scott"), as in CoNLL and OntoNotes.
        if (type == EntityTypes.Person)
            while (first < head && (IsTitle(words[first].Form) || Connectors.Contains(words[first].Form))) first++;
        while (last > first && Connectors.Contains(words[last].Form)) last--;
        // A lone nationality or group word ("Muslims", "Jews") that GUM calls a person is a NORP mention, as in OntoNotes.
        if (first == last && type == EntityTypes.Person && NerGazetteer.Default.IsNorp(words[first].Form)) type = EntityTypes.Norp;
        named.Add(new EntitySpan(first, last + 1, type));
    }

    /// <summary>
    /// The name in a mention headed by a common noun: a capitalised proper noun after the head that stands in apposition
    /// to it ("the prominent critic Anna Berg", "his publisher , Holm , who …", "the village Kallby"). CoNLL and OntoNotes
    /// tag such a name; GUM brackets the whole description as one mention, so without this rule the name would count as
    /// no entity. The name is the capitalised run that starts at the proper noun (links inside, titles before a person's
    /// name cut off); a name with conjuncts ("writers Ann Lee , Bo Berg and …") is a list, whose members GUM marks on
    /// their own.
    /// </summary>
    private static void AddAppositiveName(IReadOnlyList<ConlluWord> words, string type, int head, int start, int end, List<EntitySpan> named)
    {
        for (int d = head + 1; d < end; d++)
        {
            var w = words[d];
            if (w.Head - 1 != head || w.Upos != "PROPN" || w.Form.Length == 0 || !char.IsUpper(w.Form[0])) continue;
            if (w.Deprel is not ("appos" or "flat")) continue;
            for (int i = start; i < end; i++)
                if (words[i].Head - 1 == d && words[i].Deprel.StartsWith("conj", StringComparison.Ordinal)) return;
            int first = d, last = d;
            while (last < end - 1 && InName(words, last + 1, start, end, +1)) last++;
            if (type == EntityTypes.Person)
                while (first < last && (IsTitle(words[first].Form) || Connectors.Contains(words[first].Form))) first++;
            while (last > first && Connectors.Contains(words[last].Form)) last--;
            if (type == EntityTypes.Person && IsTitle(words[first].Form)) return;
            if (first == last && type == EntityTypes.Person && NerGazetteer.Default.IsNorp(words[first].Form)) type = EntityTypes.Norp;
            named.Add(new EntitySpan(first, last + 1, type));
            return;
        }
    }

    /// <summary>Honorifics and titles that precede a person's name in GUM but are not part of the name in CoNLL/OntoNotes.</summary>
    internal static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "madam", "madame", "mister",
        "president", "vice", "prime", "minister", "secretary", "chancellor", "senator", "sen", "rep", "representative",
        "congressman", "congresswoman", "governor", "gov", "mayor", "judge", "justice", "chief", "speaker", "ambassador",
        "king", "queen", "prince", "princess", "emperor", "empress", "pope", "saint", "st", "rev", "reverend", "father",
        "general", "gen", "major", "maj", "colonel", "col", "lieutenant", "lt", "captain", "capt", "sergeant", "sgt",
        "admiral", "adm", "commander", "officer", "director", "chairman", "chairwoman", "chair", "sheikh", "ayatollah",
        "archbishop", "bishop", "cardinal", "councillor", "councilor", "deputy", "attorney", "detective", "inspector",
        "coach", "doctor", "uncle", "aunt", "brother", "sister", "dean", "principal",
    };

    internal static bool IsConnector(string form) => Connectors.Contains(form);

    internal static bool IsTitle(string form) => Titles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(form.AsSpan().TrimEnd('.'));

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "the", "and", "&", "de", "du", "von", "van", "la", "le", "for", "on", "-", "'s", "'", "–" };

    /// <summary>
    /// Whether word <paramref name="i"/> belongs to the name around the head: a capitalised word or a number, or a
    /// lower-case link ("of", "the", "and", "-") with a capitalised word further on inside the mention.
    /// </summary>
    private static bool InName(IReadOnlyList<ConlluWord> words, int i, int start, int end, int direction)
    {
        string form = words[i].Form;
        if (form.Length > 0 && (char.IsUpper(form[0]) || char.IsDigit(form[0]))) return true;
        if (!Connectors.Contains(form)) return false;
        for (int k = i + direction; k >= start && k < end; k += direction)
        {
            string f = words[k].Form;
            if (f.Length > 0 && char.IsUpper(f[0])) return true;
            if (!Connectors.Contains(f)) return false;
        }
        return false;
    }

    private static EntitySpan[] Outermost(List<EntitySpan> spans)
    {
        var kept = new List<EntitySpan>();
        foreach (var s in spans.OrderByDescending(s => s.End - s.Start).ThenBy(s => s.Start))
            if (!kept.Any(k => s.Start < k.End && k.Start < s.End)) kept.Add(s);
        return [.. kept.OrderBy(s => s.Start)];
    }

    /// <summary>CoNLL-2003-style text: a word first and its entity tag last on each line, blank lines between sentences, <c>-DOCSTART-</c> lines ignored. IOB1 and IOB2 are both read.</summary>
    public static IReadOnlyList<NerSentence> ReadConll(string path)
    {
        var result = new List<NerSentence>();
        var words = new List<string>();
        var tags = new List<string>();
        int document = 0;
        using var reader = Open(path);
        for (string? line; ; )
        {
            line = reader.ReadLine();
            if (line is null || line.Trim().Length == 0)
            {
                if (words.Count > 0) result.Add(new NerSentence([.. words], SpansOfTags(tags), document));
                words.Clear();
                tags.Clear();
                if (line is null) break;
                continue;
            }
            var cols = line.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (cols[0] == "-DOCSTART-")
            {
                if (result.Count > 0) document++;
                continue;
            }
            words.Add(cols[0]);
            tags.Add(cols.Length > 1 ? cols[^1] : "O");
        }
        return result;
    }

    /// <summary>Spans of an IOB1/IOB2/BIO tag sequence: a span starts at B-X, or at I-X after O or after another type.</summary>
    public static EntitySpan[] SpansOfTags(IReadOnlyList<string> tags)
    {
        var spans = new List<EntitySpan>();
        int start = -1;
        string? type = null;
        for (int i = 0; i <= tags.Count; i++)
        {
            string tag = i < tags.Count ? tags[i] : "O";
            string? t = tag.Length > 2 && tag[1] == '-' ? tag[2..] : null;
            bool begins = t is not null && (tag[0] == 'B' || t != type);
            if (type is not null && (t is null || begins))
            {
                spans.Add(new EntitySpan(start, i, EntityTypes.FromConll(type)));
                type = null;
            }
            if (t is not null && type is null)
            {
                start = i;
                type = t;
            }
        }
        return [.. spans];
    }

    private static StreamReader Open(string path)
    {
        Stream stream = File.OpenRead(path);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)) stream = new GZipStream(stream, CompressionMode.Decompress);
        return new StreamReader(stream);
    }
}
