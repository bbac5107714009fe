namespace Parley.Entities.Actors;

/// <summary>
/// Maps CAMEO actor codes to ISO-3 country (or IGO code) and PLOVER sector: <c>RUSGOV</c> → RUS/GOV, <c>USAGOVMIL</c> →
/// USA/MIL, <c>USAGOVLEG</c> → USA/LEG, <c>IGOUNO</c> → UNO, <c>IGOWSTNAT</c> → IGO, <c>MED</c> → JRN.
/// </summary>
public static class CameoCodes
{
    private static readonly HashSet<string> Roles =
    [
        "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "LEG", "MED", "EDU", "BUS", "CRM", "CVL", "ELI", "HLH",
        "HRI", "LAB", "REF", "AGR", "ENV", "DEV", "RAD", "SET", "MOD", "UAF", "IMG", "INS", "NGO", "IGO", "MNC",
    ];

    /// <summary>
    /// CAMEO country codes that differ from ISO 3166-1 alpha-3 (CAMEO manual, country list): the dictionaries code UNITA
    /// ANGREB and East Timor TMP, which the ISO set alone would read as no country at all.
    /// </summary>
    private static readonly Dictionary<string, string> LegacyCountries = new(StringComparer.Ordinal)
    {
        ["ANG"] = "AGO", ["TMP"] = "TLS", ["ROM"] = "ROU", ["ZAR"] = "COD",
    };

    /// <summary>Roles that name a branch of government more precisely than GOV does.</summary>
    private static readonly HashSet<string> GovBranches = ["MIL", "LEG", "JUD", "COP", "SPY"];

    /// <summary>
    /// A bare three-letter code that is no role or sector code: a country's code, current or historical ("ARM", "CSK",
    /// "DDR", "SCG") — the code a dictionary gives a country's or town's own entry.
    /// </summary>
    public static bool IsBareCountryCode(string code) =>
        code.Length == 3 && code.All(char.IsAsciiLetterUpper) && !Roles.Contains(code) && code is not ("IGO" or "NGO" or "MNC");

    public static (string? Country, string? Sector) Map(string code, ISet<string> iso3)
    {
        string c = code.TrimStart('~');
        if (c.Length < 3) return (null, null);
        string head = c[..3];
        string? country;
        int rest = 3;
        switch (head)
        {
            case "IGO":
                country = c.Length >= 6 && c[3..6] == "UNO" ? "UNO" : "IGO";
                return (country, null);
            case "NGO" or "MNC":
                return (head, null);
            default:
                if (iso3.Contains(head)) country = head;
                else if (LegacyCountries.TryGetValue(head, out var iso) && iso3.Contains(iso)) country = iso;
                else { country = null; rest = 0; }
                break;
        }
        var roles = new List<string>();
        for (int i = rest; i + 3 <= c.Length; i += 3)
        {
            string r = c[i..(i + 3)];
            if (Roles.Contains(r)) roles.Add(r);
        }
        if (roles.Count == 0) return (country, null);
        string sector = roles[0] == "GOV" ? roles.Skip(1).FirstOrDefault(GovBranches.Contains) ?? "GOV" : roles[0];
        if (sector is "IMG" or "INS" or "UAF") sector = "REB";
        if (sector == "MED") sector = "JRN";
        return (country, sector);
    }
}
