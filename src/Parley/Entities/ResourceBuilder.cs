using Parley.Entities.Actors;
using Parley.Entities.Gazetteer;

namespace Parley.Entities;

/// <summary>
/// Compiles every entity resource from <c>shared/data</c> (<see cref="GazetteerCompiler"/>, <see cref="ActorKbCompiler"/>),
/// reads each back and validates it before writing, then writes the files once. The same input gives the same bytes.
/// </summary>
public static class ResourceBuilder
{
    /// <summary>The compiled files by name, validated; nothing is written.</summary>
    public static IReadOnlyDictionary<string, byte[]> Compile(string sharedData, string lexiconDir)
    {
        var (countries, places) = GazetteerCompiler.Compile(sharedData);
        var gazetteer = GazetteerData.Read(new MemoryStream(countries), new MemoryStream(places));
        byte[] actors = ActorKbCompiler.Compile(sharedData, gazetteer, lexiconDir);
        var kb = ActorKb.Read(new MemoryStream(actors));
        Validate(new EntityResources(gazetteer, kb, EntityResources.LoadLexicon(lexiconDir)));
        return new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            [GazetteerData.CountriesFile] = countries,
            [GazetteerData.PlacesFile] = places,
            [ActorKb.File] = actors,
        };
    }

    /// <summary>Compiles and writes the resources into <paramref name="outDir"/>; returns the files written with their sizes.</summary>
    public static IReadOnlyList<(string File, long Bytes)> Build(string sharedData, string lexiconDir, string outDir)
    {
        var files = Compile(sharedData, lexiconDir);
        Directory.CreateDirectory(outDir);
        var written = new List<(string, long)>();
        foreach (var (name, bytes) in files)
        {
            File.WriteAllBytes(Path.Combine(outDir, name), bytes);
            written.Add((name, bytes.LongLength));
        }
        return written;
    }

    /// <summary>Checks the read-back resources: sizes in range, key records present, every metonym and demonym country known.</summary>
    public static void Validate(EntityResources r)
    {
        void Check(bool ok, string what) { if (!ok) throw new InvalidDataException("entity resources: " + what); }
        Check(r.Gazetteer.Countries.Count >= 240, $"only {r.Gazetteer.Countries.Count} countries");
        Check(r.Gazetteer.Places.Count >= 20000, $"only {r.Gazetteer.Places.Count} places");
        Check(r.Gazetteer.ByIso3("USA") is { Demonyms.Count: > 0 }, "USA without demonyms");
        Check(r.Capitals.Count >= 190, $"only {r.Capitals.Count} capitals");
        Check(r.Kb.Actors.Count >= 10000, $"only {r.Kb.Actors.Count} actors");
        Check(r.Kb.Actors.All(a => a.Offices.Count > 0), "an actor without offices");
        Check(r.Kb.Actors.SelectMany(a => a.Offices).All(o => o.Earliest is null || o.Latest is null || o.Earliest <= o.Latest),
            "an office that ends before it starts");
        foreach (var m in r.Lexicon.Metonyms) Check(r.Gazetteer.ByIso3(m.Country) is not null || m.Country is "UNO" or "IGO" or "EUR" or "NGO" or "MNC", $"metonym '{m.Phrase}' has unknown country {m.Country}");
        Check(r.Lexicon.Titles.Count > 0 && r.Lexicon.Regions.Count > 0, "empty lexicon");
    }
}
