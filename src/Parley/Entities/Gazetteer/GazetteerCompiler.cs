using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Parley.Entities.Gazetteer;

/// <summary>
/// Compiles <c>shared/data/{world-countries,i18n-iso-countries,geonames}</c> into the two gazetteer resources. Pure and
/// deterministic: rows are sorted by a stable key, numbers written invariantly, gzip without timestamps, so the same
/// input gives the same bytes. Places kept: population ≥ <see cref="MinPopulation"/>, plus every capital and first-order
/// administrative seat; alternate names trimmed to at most <see cref="MaxAltNames"/> Latin-script spellings.
/// </summary>
public static class GazetteerCompiler
{
    public const long MinPopulation = 15000;
    public const int MaxAltNames = 10;

    public static (byte[] Countries, byte[] Places) Compile(string sharedData)
    {
        var iso2to3 = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var codes = JsonDocument.Parse(File.ReadAllText(Path.Combine(sharedData, "i18n-iso-countries", "codes.json"))))
        {
            foreach (var row in codes.RootElement.EnumerateArray())
                iso2to3[row[0].GetString()!] = row[1].GetString()!;
        }
        var i18nAliases = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        using (var en = JsonDocument.Parse(File.ReadAllText(Path.Combine(sharedData, "i18n-iso-countries", "en.json"))))
        {
            foreach (var p in en.RootElement.GetProperty("countries").EnumerateObject())
            {
                i18nAliases[p.Name] = p.Value.ValueKind == JsonValueKind.Array
                    ? [.. p.Value.EnumerateArray().Select(v => v.GetString()!)]
                    : [p.Value.GetString()!];
            }
        }

        var countryLines = new List<(string Key, string Line)>();
        using (var wc = JsonDocument.Parse(ReadGz(Path.Combine(sharedData, "world-countries", "countries.json.gz"))))
        {
            foreach (var c in wc.RootElement.EnumerateArray())
            {
                string iso2 = c.GetProperty("cca2").GetString()!, iso3 = c.GetProperty("cca3").GetString()!;
                string name = c.GetProperty("name").GetProperty("common").GetString()!;
                string official = c.GetProperty("name").GetProperty("official").GetString()!;
                string? capital = c.TryGetProperty("capital", out var caps) && caps.GetArrayLength() > 0 ? caps[0].GetString() : null;
                var ll = c.GetProperty("latlng");
                double lat = ll.GetArrayLength() > 0 ? ll[0].GetDouble() : 0, lon = ll.GetArrayLength() > 1 ? ll[1].GetDouble() : 0;
                var i18n = i18nAliases.TryGetValue(iso2, out var a) ? a : [];
                var aliases = new List<string> { official };
                aliases.AddRange(i18n);
                foreach (var alt in c.GetProperty("altSpellings").EnumerateArray())
                {
                    string s = alt.GetString()!;
                    // Two-letter codes are kept only when the i18n alias list also uses them as a name ("US", "UK").
                    if (s.Length <= 2 && !i18n.Contains(s)) continue;
                    aliases.Add(s);
                }
                var demonyms = new List<string>();
                if (c.TryGetProperty("demonyms", out var dem) && dem.TryGetProperty("eng", out var eng))
                {
                    demonyms.Add(eng.GetProperty("m").GetString()!);
                    demonyms.Add(eng.GetProperty("f").GetString()!);
                }
                // An alias that is also the demonym ("Togolese", "Thai" in i18n's lists) is an adjective, not the country's
                // name: "Togolese traders" are people of Togo, not Togo. It stays when the name starts with it ("Vatican").
                string firstWord = name.Split(' ')[0];
                var aliasList = aliases.Select(ResourceText.Field).Where(s => s.Length > 1 && s != name && (!demonyms.Contains(s) || s == firstWord))
                    .Distinct(StringComparer.Ordinal).ToList();
                var demList = demonyms.Select(ResourceText.Field).Where(s => s.Length > 1).Distinct(StringComparer.Ordinal).ToList();
                countryLines.Add((iso3, string.Join('\t', iso2, iso3, ResourceText.Field(name), ResourceText.Field(official),
                    ResourceText.Field(capital), ResourceText.Num(lat), ResourceText.Num(lon),
                    ResourceText.Join(aliasList), ResourceText.Join(demList))));
            }
        }

        var admin1 = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var adm = JsonDocument.Parse(ReadGz(Path.Combine(sharedData, "geonames", "admin1.json.gz"))))
        {
            foreach (var e in adm.RootElement.EnumerateArray())
                admin1[e.GetProperty("code").GetString()!] = e.GetProperty("name").GetString()!;
        }
        var placeLines = new List<(int Id, string Line)>();
        using (var reader = new StreamReader(new GZipStream(File.OpenRead(Path.Combine(sharedData, "geonames", "cities500.txt.gz")), CompressionMode.Decompress), Encoding.UTF8))
        {
            for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
            {
                var f = line.Split('\t');
                if (f.Length < 15) continue;
                long pop = long.TryParse(f[14], NumberStyles.Integer, CultureInfo.InvariantCulture, out var p) ? p : 0;
                string code = f[7];
                if (pop < MinPopulation && code is not ("PPLC" or "PPLA")) continue;
                if (!iso2to3.TryGetValue(f[8], out var iso3)) continue;
                string name = f[1];
                // The name without a trailing generic word ("New York" for "New York City") is how news names it: kept first.
                var alts = f[3].Split(',', StringSplitOptions.RemoveEmptyEntries)
                    .Where(s => IsLatinName(s) && s != name && s != f[2])
                    .Distinct(StringComparer.OrdinalIgnoreCase)
                    .OrderBy(s => name.StartsWith(s + " ", StringComparison.Ordinal) ? 0 : 1)
                    .Take(MaxAltNames).ToList();
                if (f[2] != name && IsLatinName(f[2])) alts.Insert(0, f[2]);
                placeLines.Add((int.Parse(f[0], CultureInfo.InvariantCulture), string.Join('\t', f[0], ResourceText.Field(name),
                    ResourceText.Num(double.Parse(f[4], CultureInfo.InvariantCulture)), ResourceText.Num(double.Parse(f[5], CultureInfo.InvariantCulture)),
                    f[6].Length > 0 ? f[6] : "P", code, iso3, ResourceText.Field(admin1.GetValueOrDefault(f[8] + "." + f[10])),
                    pop.ToString(CultureInfo.InvariantCulture), ResourceText.Join(alts))));
            }
        }

        byte[] countries = ResourceText.Gzip(GazetteerData.CountriesHeader,
            countryLines.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => l.Line));
        byte[] places = ResourceText.Gzip(GazetteerData.PlacesHeader, placeLines.OrderBy(l => l.Id).Select(l => l.Line));
        return (countries, places);
    }

    /// <summary>Latin-script spellings worth matching: letters, spaces, hyphens, periods; starts upper case; not an airport code.</summary>
    private static bool IsLatinName(string s) =>
        s.Length >= 3 && char.IsUpper(s[0]) && s.All(c => c < 0x250 && (char.IsLetter(c) || c is ' ' or '-' or '.' or '\''))
        && !s.All(c => char.IsUpper(c) || !char.IsLetter(c));

    private static string ReadGz(string path)
    {
        using var zip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(zip, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
