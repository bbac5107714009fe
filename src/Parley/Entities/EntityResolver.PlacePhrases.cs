namespace Parley.Entities;

/// <summary>Capitals named as the place where something is, not as their governments.</summary>
public sealed partial class EntityResolver
{
    /// <summary>Compass and position adjectives that make a city a stretch of ground: "eastern Beirut", "central Kabul".</summary>
    private static readonly HashSet<string> Directions = ["northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
        "northeastern", "northwestern", "southeastern", "southwestern", "downtown", "suburban"];

    /// <summary>Nouns for a part of a city or its surroundings: "the Ashrafieh district of …", "the outskirts of …".</summary>
    private static readonly HashSet<string> CityParts = ["district", "districts", "quarter", "neighbourhood", "neighborhood", "suburb", "suburbs",
        "outskirts", "centre", "center", "heart", "part", "parts", "area", "areas", "streets", "city", "town", "edge", "environs", "port", "old"];

    /// <summary>
    /// A capital inside a phrase that places something in it is the city, not its government (SPEC §6 metonyms are for
    /// capitals that act): after a direction or position adjective ("in eastern Beirut", "central Kabul"), or after "of"
    /// following a noun for a part of a city, possibly with a direction between ("the Ashrafieh district of eastern Beirut",
    /// "the outskirts of Damascus", "the streets of the capital"). "Of" after other nouns keeps the metonym ("the demands
    /// of Moscow", "in the wake of Moscow's decision").
    /// </summary>
    private static bool InCityPhrase(List<EntityToken> tokens, int i)
    {
        int k = i - 1;
        if (k >= 0 && Directions.Contains(tokens[k].Key)) return true;
        if (k >= 0 && tokens[k].Key == "the") k--;
        return k >= 1 && tokens[k].Key == "of" && CityParts.Contains(tokens[k - 1].Key);
    }
}
