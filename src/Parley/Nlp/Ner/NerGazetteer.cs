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

    /// <summary>
    /// Whether a capitalised word names a nationality, religious or political group (OntoNotes NORP): a demonym of the
    /// country list on its own ("French", "Americans" — a plural "s" is allowed) or one of a few group words.
    /// </summary>
    public bool IsNorp(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || !char.IsUpper(word[0])) return false;
        const uint demonym = 1u << (Single + (int)CandidateKind.Demonym);
        if ((Flags(word) & demonym) != 0 || GroupLookup.Contains(word)) return true;
        if (word[^1] != 's') return false;
        var stem = word[..^1];
        return (Flags(stem) & demonym) != 0 || GroupLookup.Contains(stem);
    }

    /// <summary>Religious and political group words that the country list's demonyms do not cover.</summary>
    private static readonly HashSet<string> Groups = new(StringComparer.OrdinalIgnoreCase)
    {
        "Jew", "Jewish", "Christian", "Muslim", "Moslem", "Catholic", "Protestant", "Buddhist", "Hindu", "Sikh", "Islamic",
        "Anglican", "Orthodox", "Sunni", "Shia", "Shiite", "Arab", "Kurd", "Kurdish", "Latino", "Hispanic", "European",
        "African", "Asian", "Republican", "Democrat", "Communist", "Socialist", "Conservative", "Liberal", "Nazi", "English",
        "Scottish", "Welsh", "Scot", "Briton", "Palestinian", "Soviet", "Roman", "Greek", "Celtic", "Persian", "Tamil", "Pashtun",
    };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GroupLookup = Groups.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a word is on its own a country, place or region name of the gazetteer ("Moscow", not "Kommersant").</summary>
    public bool IsPlace(ReadOnlySpan<char> word)
    {
        const uint places = (1u << (Single + (int)CandidateKind.Country)) | (1u << (Single + (int)CandidateKind.Place)) | (1u << (Single + (int)CandidateKind.Region));
        return (Flags(word) & places) != 0;
    }

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
