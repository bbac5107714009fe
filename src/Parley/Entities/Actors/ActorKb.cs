namespace Parley.Entities.Actors;

/// <summary>
/// The compiled actor knowledge base, indexed by transliteration-insensitive name (<see cref="NameFold.LooseName(string)"/>)
/// and, for people, by surname. Immutable after reading; thread-safe.
/// </summary>
public sealed class ActorKb
{
    public const string File = "actors.tsv.gz";
    public const string Header = "#parley-actors v1\tA: id kind name wikidata | N: alias | O: code country sector from to role source current-term";

    private readonly Dictionary<string, List<KbActor>> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<KbActor>> _bySurname = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KbActor> _byId = new(StringComparer.Ordinal);

    public ActorKb(IReadOnlyList<KbActor> actors)
    {
        Actors = actors;
        foreach (var a in actors)
        {
            _byId.TryAdd(a.Id, a);
            foreach (string n in a.Aliases.Prepend(a.Name).Select(NameFold.LooseName).Distinct())
            {
                if (n.Length == 0) continue;
                Add(_byName, n, a);
            }
            if (a.Kind == ActorKind.Person)
            {
                var words = NameFold.Words(a.Name).ToList();
                if (words.Count >= 2) Add(_bySurname, NameFold.LooseName([words[^1]]), a);
            }
        }
    }

    public IReadOnlyList<KbActor> Actors { get; }

    /// <summary>The actor with knowledge-base id <paramref name="id"/> (the first, should ids repeat); throws when unknown.</summary>
    public KbActor ById(string id) => _byId.TryGetValue(id, out var a) ? a : throw new KeyNotFoundException($"actor '{id}' is not in the knowledge base");

    /// <summary>The actor with this id, if the knowledge base has it.</summary>
    public bool TryById(string id, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out KbActor actor) => _byId.TryGetValue(id, out actor);

    public IReadOnlyList<KbActor> ByName(string looseName) => _byName.TryGetValue(looseName, out var l) ? l : [];
    public IReadOnlyList<KbActor> BySurname(string looseSurname) => _bySurname.TryGetValue(looseSurname, out var l) ? l : [];

    private static void Add(Dictionary<string, List<KbActor>> index, string key, KbActor a)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        if (!list.Contains(a)) list.Add(a);
    }

    public static ActorKb Read(Stream gz)
    {
        var actors = new List<KbActor>();
        string? id = null, name = null, qid = null;
        var kind = ActorKind.Person;
        var aliases = new List<string>();
        var offices = new List<KbOffice>();
        void Flush()
        {
            if (id is null) return;
            actors.Add(new KbActor(id, kind, name!, qid, [.. aliases], [.. offices]));
            aliases.Clear();
            offices.Clear();
        }
        foreach (var f in Gazetteer.GazetteerData.ReadRows(gz, Header))
        {
            switch (f[0])
            {
                case "A" when f.Length == 5:
                    Flush();
                    id = f[1];
                    kind = Enum.Parse<ActorKind>(f[2]);
                    name = f[3];
                    qid = f[4].Length == 0 ? null : f[4];
                    break;
                case "N" when f.Length == 2 && id is not null:
                    aliases.Add(f[1]);
                    break;
                case "O" when f.Length == 9 && id is not null:
                    offices.Add(new KbOffice(f[1], E(f[2]), E(f[3]), E(f[4]), E(f[5]), E(f[6]), f[7], f[8] == "1"));
                    break;
                default:
                    throw new InvalidDataException($"actors: malformed row '{string.Join('\t', f)}'");
            }
        }
        Flush();
        return new ActorKb(actors);
    }

    private static string? E(string s) => s.Length == 0 ? null : s;
}
