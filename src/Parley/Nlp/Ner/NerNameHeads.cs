using Parley.Entities;
using Parley.Entities.Actors;

namespace Parley.Nlp.Entities;

/// <summary>
/// What the first and the last word of a multi-word name say about its type, learned from lists of names: for each
/// lower-case word, which type (ORG, PER, LOC) the multi-word names that end in it — and, apart, those that start with
/// it — mostly have, and how clearly. "… Inc", "… Corporation", "… Party", "… Council", "… Brigade" end organisations in
/// the actor knowledge base; "… Islands", "… City" end places; surnames end people. The names are the knowledge base's
/// organisations and people (PETRARCH, Wikidata, IfG), the gazetteer's countries, places and regions (GeoNames), and
/// the distinct named mentions of the tagger's training data (<see cref="Build"/>): organisation heads that the
/// training text barely shows (clubs, companies, parties) still get evidence. Deterministic; case-insensitive; stored in
/// the model (format 8, <see cref="EntityTagger.NameHeads"/>) so that tagging sees the table the model was trained with.
/// </summary>
public sealed class NerNameHeads
{
    /// <summary>A word must end (or start) this many distinct names to have a code in that place.</summary>
    public const int MinNames = 3;
    /// <summary>Code of a word without an entry.</summary>
    public const byte Unknown = 0;
    private static readonly string[] Kinds = [EntityTypes.Organisation, EntityTypes.Person, EntityTypes.Location];

    private readonly Dictionary<string, ushort> _codes;
    private readonly Dictionary<string, ushort>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <param name="codes">Per lower-case word, its code as a last word (low byte) and as a first word (high byte).</param>
    internal NerNameHeads(Dictionary<string, ushort> codes)
    {
        _codes = codes;
        _lookup = codes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _codes.Count;

    /// <summary>The word's code as the last word of a name: 0 when it ends too few names, else 1 + 3 × type (ORG, PER, LOC) + clarity (0: under 60 % of the names, 1: under 90 %, 2: more).</summary>
    internal byte LastCode(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out ushort c) ? (byte)(c & 0xFF) : Unknown;

    /// <summary>The word's code as the first word of a name, coded as <see cref="LastCode"/>.</summary>
    internal byte FirstCode(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out ushort c) ? (byte)(c >> 8) : Unknown;

    /// <summary>
    /// Counts the multi-word names of <paramref name="resources"/> (actors by kind, countries, places, regions) and the
    /// distinct PER/ORG/LOC mentions of <paramref name="training"/> by their first and their last word.
    /// </summary>
    internal static NerNameHeads Build(EntityResources resources, IReadOnlyList<NerSentence> training)
    {
        var names = new HashSet<(string Name, int Kind)>();
        foreach (var (key, readings) in resources.Phrases)
        {
            if (key.IndexOf(' ') < 0) continue;
            foreach (var c in readings)
            {
                int kind = c.Kind switch
                {
                    CandidateKind.Country or CandidateKind.Place or CandidateKind.Region => 2,
                    CandidateKind.Actor => resources.Kb.Actors[c.Index].Kind switch
                    {
                        ActorKind.Person => 1,
                        ActorKind.Organisation => 0,
                        _ => -1,
                    },
                    _ => -1,
                };
                if (kind >= 0) names.Add((key.ToLowerInvariant(), kind));
            }
        }
        foreach (var s in training)
            foreach (var span in s.Spans)
            {
                int kind = Array.IndexOf(Kinds, span.Type);
                if (kind < 0 || span.End - span.Start < 2) continue;
                names.Add((string.Join(' ', s.Words[span.Start..span.End]).ToLowerInvariant(), kind));
            }
        var last = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var first = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var (name, kind) in names)
        {
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2) continue;
            Tally(last, words[^1], kind);
            Tally(first, words[0], kind);
        }
        var codes = new Dictionary<string, ushort>(StringComparer.OrdinalIgnoreCase);
        foreach (var word in last.Keys.Concat(first.Keys).Distinct().Order(StringComparer.Ordinal))
        {
            int code = Code(last, word) | Code(first, word) << 8;
            if (code != 0) codes[word] = (ushort)code;
        }
        return new NerNameHeads(codes);
    }

    private static void Tally(Dictionary<string, int[]> counts, string word, int kind)
    {
        if (!counts.TryGetValue(word, out var c)) counts[word] = c = new int[Kinds.Length];
        c[kind]++;
    }

    private static int Code(Dictionary<string, int[]> counts, string word)
    {
        if (!counts.TryGetValue(word, out var c)) return Unknown;
        int total = c.Sum();
        if (total < MinNames) return Unknown;
        int best = 0;
        for (int t = 1; t < c.Length; t++)
            if (c[t] > c[best]) best = t;
        double share = (double)c[best] / total;
        int clarity = share >= 0.9 ? 2 : share >= 0.6 ? 1 : 0;
        return 1 + 3 * best + clarity;
    }

    internal void Write(BinaryWriter w)
    {
        var words = _codes.Keys.Order(StringComparer.Ordinal).ToArray();
        w.Write(words.Length);
        foreach (var word in words)
        {
            w.Write(word);
            w.Write(_codes[word]);
        }
    }

    internal static NerNameHeads Read(BinaryReader r)
    {
        int n = r.ReadInt32();
        if (n < 0) throw new InvalidDataException($"Bad name-heads size {n}.");
        var codes = new Dictionary<string, ushort>(n, StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < n; i++)
        {
            string word = r.ReadString();
            codes[word] = r.ReadUInt16();
        }
        return new NerNameHeads(codes);
    }
}
