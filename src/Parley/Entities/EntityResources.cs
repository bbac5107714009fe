using System.Reflection;
using Parley.Documents;
using Parley.Entities.Actors;
using Parley.Entities.Gazetteer;

namespace Parley.Entities;

/// <summary>
/// Everything the entity stages read, loaded once: the compiled gazetteer and actor knowledge base (<c>models/gazetteer/</c>),
/// the lexicons of <c>data/entities/</c>, and the phrase index built from them. Immutable and thread-safe; build it once
/// per process (<see cref="Default"/> reads the copies embedded in the assembly).
/// </summary>
public sealed class EntityResources
{
    private static readonly Lazy<EntityResources> DefaultInstance = new(LoadEmbedded);
    private readonly Dictionary<string, List<Candidate>> _phrases = new(StringComparer.Ordinal);
    // Every word-boundary prefix of a phrase ("united", "united states" for "united states of america"): the matcher extends
    // a phrase only while it is still a prefix, so most tokens cost one lookup.
    private readonly HashSet<string> _prefixes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Candidate>>.AlternateLookup<ReadOnlySpan<char>> _phraseLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _prefixLookup;
    private readonly Dictionary<string, List<(KbActor Actor, KbOffice Office)>> _holders = new(StringComparer.Ordinal);

    public EntityResources(GazetteerData gazetteer, ActorKb kb, EntityLexicon lexicon)
    {
        Gazetteer = gazetteer;
        Kb = kb;
        Lexicon = lexicon;
        _phraseLookup = _phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixLookup = _prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        var titleHeads = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < lexicon.Titles.Count; i++)
        {
            var keys = PhraseKeys(lexicon.Titles[i].Phrase);
            if (!lexicon.Titles[i].IsGroup) titleHeads.Add(keys[0]);
            Add(keys, new Candidate(CandidateKind.Title, i, false, false));
        }
        var demonymKeys = new HashSet<string>(StringComparer.Ordinal);
        // A name or demonym several countries share ("French": France and the French Southern Lands) reads first as the
        // country where most people live, counted over the gazetteer's places; ties keep the gazetteer's order.
        var people = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var p in gazetteer.Places) people[p.Iso3] = people.GetValueOrDefault(p.Iso3) + p.Population;
        var byPeople = Enumerable.Range(0, gazetteer.Countries.Count)
            .OrderByDescending(i => people.GetValueOrDefault(gazetteer.Countries[i].Iso3))
            .ThenBy(i => i).ToList();
        foreach (int i in byPeople)
        {
            var c = gazetteer.Countries[i];
            AddName(c.Name, CandidateKind.Country, i);
            foreach (string a in c.Aliases) AddName(a, CandidateKind.Country, i);
            foreach (string d in c.Demonyms) { AddName(d, CandidateKind.Demonym, i); demonymKeys.Add(PhraseKeys(d)[0]); }
            foreach (string a in c.Aliases.Prepend(c.Name)) if (PhraseKeys(a) is [var one]) demonymKeys.Add(one);
        }
        foreach (var n in lexicon.CountryNames)
        {
            int idx = IndexOfCountry(n.Iso3);
            if (idx < 0) throw new InvalidDataException($"data/entities/demonyms.txt: unknown country {n.Iso3}");
            AddName(n.Phrase, char.IsLower(n.Phrase[^1]) && n.Phrase.EndsWith("an", StringComparison.Ordinal) ? CandidateKind.Demonym : CandidateKind.Country, idx);
        }
        for (int i = 0; i < gazetteer.Places.Count; i++)
        {
            var p = gazetteer.Places[i];
            AddName(p.Name, CandidateKind.Place, i);
            foreach (string a in p.AltNames) AddName(a, CandidateKind.Place, i);
        }
        for (int i = 0; i < lexicon.Regions.Count; i++) AddName(lexicon.Regions[i].Name, CandidateKind.Region, i);
        for (int i = 0; i < lexicon.Metonyms.Count; i++) AddName(lexicon.Metonyms[i].Phrase, CandidateKind.Metonym, i);
        for (int i = 0; i < kb.Actors.Count; i++)
        {
            var a = kb.Actors[i];
            foreach (string n in a.Aliases.Prepend(a.Name).Distinct())
            {
                var keys = PhraseKeys(n);
                // Aliases that carry a title or a country ("PRESIDENT_VLADIMIR_PUTIN") would swallow the apposition.
                // A body whose own name opens with a demonym ("Syrian National Coalition") keeps it; a person's "Russian President …" does not.
                if (keys.Length == 0 || titleHeads.Contains(keys[0]) || keys[0] is "the") continue;
                if (demonymKeys.Contains(keys[0]) && (a.Kind == ActorKind.Person || keys.Any(titleHeads.Contains) || PhraseKeys(a.Name).FirstOrDefault() != keys[0])) continue;
                if (a.Kind == ActorKind.Person && keys.Length == 1 && n.Length < 4) continue;
                AddName(n, CandidateKind.Actor, i);
            }
            foreach (var o in a.Offices)
            {
                if (lexicon.OfficeKind(o.Role) is not { } kind) continue;
                string key = kind + "/" + o.Country;
                if (!_holders.TryGetValue(key, out var l)) _holders[key] = l = [];
                l.Add((a, o));
            }
        }
        Capitals = gazetteer.Places.Where(p => p.IsCapital).GroupBy(p => p.Iso3).ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Population).First());
    }

    public static EntityResources Default => DefaultInstance.Value;

    public GazetteerData Gazetteer { get; }
    public ActorKb Kb { get; }
    public EntityLexicon Lexicon { get; }
    public int MaxPhraseTokens { get; private set; }

    /// <summary>The national capital of each country (GeoNames PPLC), the metonym of its government.</summary>
    public IReadOnlyDictionary<string, PlaceRecord> Capitals { get; }

    /// <summary>Interned keys of every word the phrase index contains.</summary>
    public KeyPool Keys { get; } = new();

    public IReadOnlyList<Candidate> Lookup(string key) => _phrases.TryGetValue(key, out var l) ? l : [];

    /// <summary>Every phrase key (folded words joined by single spaces) with its readings; the entity tagger derives its word-list features from it.</summary>
    internal IEnumerable<KeyValuePair<string, List<Candidate>>> Phrases => _phrases;

    /// <summary>The readings of a phrase key (words joined by single spaces); null when it is no phrase.</summary>
    internal List<Candidate>? Lookup(ReadOnlySpan<char> key) => _phraseLookup.TryGetValue(key, out var l) ? l : null;

    /// <summary>Whether some longer phrase starts with the words of <paramref name="key"/>.</summary>
    internal bool IsPrefix(ReadOnlySpan<char> key) => _prefixLookup.Contains(key);

    /// <summary>Holders of an office kind in a country ("foreign-minister", "USA") whose role text the knowledge base records.</summary>
    public IReadOnlyList<(KbActor Actor, KbOffice Office)> Holders(string kind, string? country) =>
        _holders.TryGetValue(kind + "/" + country, out var l) ? l : [];

    public int IndexOfCountry(string iso3)
    {
        for (int i = 0; i < Gazetteer.Countries.Count; i++) if (Gazetteer.Countries[i].Iso3 == iso3) return i;
        return -1;
    }

    private readonly List<EntityToken> _scratch = []; // construction only

    private string[] PhraseKeys(string phrase)
    {
        var tokens = _scratch;
        tokens.Clear();
        EntityTokenizer.TokenizeRegion(phrase, new Span(0, phrase.Length), Keys, tokens);
        int words = 0;
        foreach (var t in tokens) if (t.IsWord) words++;
        var keys = new string[words];
        int k = 0;
        foreach (var t in tokens) if (t.IsWord) keys[k++] = Keys.Add(t.Key);
        return keys;
    }

    private void AddName(string name, CandidateKind kind, int index)
    {
        var keys = PhraseKeys(name);
        if (keys.Length == 0) return;
        int letters = 0;
        bool upper = true;
        foreach (char c in name)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            upper &= char.IsUpper(c);
        }
        bool allCaps = letters <= 4 && upper;
        Add(keys, new Candidate(kind, index, allCaps, true));
    }

    private void Add(string[] keys, Candidate c)
    {
        string key = string.Join(' ', keys);
        if (!_phrases.TryGetValue(key, out var list)) _phrases[key] = list = [];
        for (int n = keys.Length - 1, len = key.Length; n >= 1; n--)
        {
            len -= keys[n].Length + 1;
            if (!_prefixes.Add(key[..len])) break; // shorter prefixes are in already
        }
        if (!list.Contains(c)) list.Add(c);
        MaxPhraseTokens = Math.Max(MaxPhraseTokens, keys.Length);
    }

    /// <summary>Reads the resources from a models folder (the compiled files) and a lexicon folder (<c>data/entities</c>).</summary>
    public static EntityResources Load(string modelsDir, string lexiconDir)
    {
        using var countries = File.OpenRead(Path.Combine(modelsDir, GazetteerData.CountriesFile));
        using var places = File.OpenRead(Path.Combine(modelsDir, GazetteerData.PlacesFile));
        using var actors = File.OpenRead(Path.Combine(modelsDir, ActorKb.File));
        return new EntityResources(GazetteerData.Read(countries, places), ActorKb.Read(actors), LoadLexicon(lexiconDir));
    }

    public static EntityLexicon LoadLexicon(string lexiconDir) => EntityLexicon.Parse(
        File.ReadAllText(Path.Combine(lexiconDir, "titles.txt")), File.ReadAllText(Path.Combine(lexiconDir, "metonyms.txt")),
        File.ReadAllText(Path.Combine(lexiconDir, "regions.txt")), File.ReadAllText(Path.Combine(lexiconDir, "demonyms.txt")));

    private static EntityResources LoadEmbedded()
    {
        var asm = typeof(EntityResources).Assembly;
        Stream Open(string name) => asm.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded resource '{name}' is missing; run 'parley build-resources'");
        string Text(string name) { using var r = new StreamReader(Open("Parley.Entities." + name)); return r.ReadToEnd(); }
        // The knowledge base and the gazetteer are independent until the phrase index joins them: read them side by side.
        var kb = Task.Run(() => { using var actors = Open("Parley.Gazetteer." + ActorKb.File); return ActorKb.Read(actors); });
        using var countries = Open("Parley.Gazetteer." + GazetteerData.CountriesFile);
        using var places = Open("Parley.Gazetteer." + GazetteerData.PlacesFile);
        var lexicon = EntityLexicon.Parse(Text("titles.txt"), Text("metonyms.txt"), Text("regions.txt"), Text("demonyms.txt"));
        var gazetteer = GazetteerData.Read(countries, places);
        return new EntityResources(gazetteer, kb.GetAwaiter().GetResult(), lexicon);
    }

    internal static Assembly Assembly => typeof(EntityResources).Assembly;
}
