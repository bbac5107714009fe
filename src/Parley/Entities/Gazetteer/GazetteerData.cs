using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Parley.Entities.Gazetteer;

/// <summary>
/// The compiled gazetteer: countries with aliases and demonyms, and GeoNames places. Immutable once read; thread-safe.
/// Read from the two resources <see cref="GazetteerCompiler"/> writes (gzip TSV, one record a line).
/// </summary>
public sealed class GazetteerData
{
    public const string CountriesFile = "countries.tsv.gz";
    public const string PlacesFile = "places.tsv.gz";
    public const string CountriesHeader = "#parley-countries v1\tiso2\tiso3\tname\tofficial\tcapital\tlat\tlon\taliases\tdemonyms";
    public const string PlacesHeader = "#parley-places v1\tgeonameid\tname\tlat\tlon\tclass\tcode\tiso3\tadmin1\tpopulation\taltnames";

    private readonly Dictionary<string, CountryRecord> _byIso3;
    private readonly Dictionary<string, CountryRecord> _byIso2;

    public GazetteerData(IReadOnlyList<CountryRecord> countries, IReadOnlyList<PlaceRecord> places)
    {
        Countries = countries;
        Places = places;
        _byIso3 = countries.ToDictionary(c => c.Iso3, StringComparer.Ordinal);
        _byIso2 = countries.ToDictionary(c => c.Iso2, StringComparer.Ordinal);
    }

    public IReadOnlyList<CountryRecord> Countries { get; }
    public IReadOnlyList<PlaceRecord> Places { get; }

    public CountryRecord? ByIso3(string? iso3) => iso3 is not null && _byIso3.TryGetValue(iso3, out var c) ? c : null;
    public CountryRecord? ByIso2(string? iso2) => iso2 is not null && _byIso2.TryGetValue(iso2, out var c) ? c : null;

    public static GazetteerData Read(Stream countriesGz, Stream placesGz)
    {
        var countries = new List<CountryRecord>();
        foreach (var f in ReadRows(countriesGz, CountriesHeader))
        {
            if (f.Length != 9) throw new InvalidDataException($"countries: expected 9 fields, got {f.Length}: {string.Join('|', f)}");
            countries.Add(new CountryRecord(f[0], f[1], f[2], f[3], f[4].Length == 0 ? null : f[4], D(f[5]), D(f[6]), List(f[7]), List(f[8])));
        }
        var places = new List<PlaceRecord>();
        foreach (var f in ReadRows(placesGz, PlacesHeader))
        {
            if (f.Length != 10) throw new InvalidDataException($"places: expected 10 fields, got {f.Length}: {string.Join('|', f)}");
            places.Add(new PlaceRecord(int.Parse(f[0], CultureInfo.InvariantCulture), f[1], D(f[2]), D(f[3]), f[4][0], f[5], f[6],
                f[7].Length == 0 ? null : f[7], long.Parse(f[8], CultureInfo.InvariantCulture), List(f[9])));
        }
        return new GazetteerData(countries, places);
    }

    internal static IEnumerable<string[]> ReadRows(Stream gz, string header)
    {
        using var zip = new GZipStream(gz, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new StreamReader(zip, Encoding.UTF8);
        string? first = reader.ReadLine();
        if (first != header) throw new InvalidDataException($"unexpected header '{first}', expected '{header}'");
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.Length == 0) continue;
            yield return line.Split('\t');
        }
    }

    private static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);
    private static IReadOnlyList<string> List(string s) => s.Length == 0 ? [] : s.Split('|');
}
