using Parley.Entities;
using Parley.Entities.Actors;

namespace Parley.Nlp.Entities;

/// <summary>
/// Per-word gazetteer flags for the entity tagger, derived once from <see cref="EntityResources.Default"/>: whether a
/// word is on its own a country, demonym, place, region, title, person or organisation name, and whether it occurs
/// inside a longer name of such a kind. Case-insensitive; immutable and thread-safe once built.
/// </summary>
internal sealed class NerGazetteer
{
    private const int Single = 0, FirstOfPhrase = 10, LaterOfPhrase = 20;
    private static readonly Lazy<NerGazetteer> DefaultInstance = new(() => new NerGazetteer(EntityResources.Default));

    private readonly Dictionary<string, uint> _flags = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, uint>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public NerGazetteer(EntityResources resources)
    {
        _lookup = _flags.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (key, readings) in resources.Phrases)
        {
            var words = key.Split(' ');
            foreach (var c in readings)
            {
                int kind = KindOf(resources, c);
                for (int i = 0; i < words.Length; i++)
                {
                    int at = words.Length == 1 ? Single : i == 0 ? FirstOfPhrase : LaterOfPhrase;
                    ref uint f = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_flags, words[i], out _);
                    f |= 1u << (at + kind);
                }
            }
        }
    }

    public static NerGazetteer Default => DefaultInstance.Value;

    /// <summary>The flags of one word (0 when it is in no list).</summary>
    public uint Flags(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out uint f) ? f : 0;

    private static int KindOf(EntityResources resources, Candidate c) => c.Kind switch
    {
        CandidateKind.Actor => resources.Kb.Actors[c.Index].Kind switch
        {
            ActorKind.Person => 7,
            ActorKind.State => 0,
            _ => 8,
        },
        var k => (int)k, // Country 0 … Title 5 (Actor is 6, never used)
    };
}
