using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Parley.Entities.Gazetteer;

namespace Parley.Entities.Actors;

/// <summary>
/// Compiles the actor knowledge base from <c>shared/data</c>: PETRARCH2/Phoenix actor dictionaries (people with dated
/// CAMEO codes to early 2014, IGOs, NGOs, media, armed groups), Wikidata office-holder snapshots (heads of state and
/// government 2022, foreign ministers 2023, UN posts — with Q-ids) and the IfG UK ministers database. People from
/// different sources are merged when their transliteration-folded names agree and they share a country. Deterministic:
/// actors are sorted by id, offices by date.
/// </summary>
public static partial class ActorKbCompiler
{
    /// <summary>Countries whose romanised given names get English news style (Sergey → Sergei).</summary>
    private static readonly HashSet<string> PostSoviet = ["RUS", "UKR", "BLR", "KAZ", "UZB", "KGZ", "TJK", "TKM", "ARM", "AZE", "GEO", "MDA"];

    [GeneratedRegex(@"\[~?([A-Z]{3,15})(?:\s+([<>]?)\s*(\d{6,8})(?:-(\d{6,8}))?)?\]")]
    private static partial Regex CodeRegex();

    private sealed class Builder
    {
        public required string Id;
        public ActorKind Kind;
        public required string Name;
        public string? Qid;
        public bool NameFromWikidata;
        public readonly List<string> Aliases = [];
        public readonly List<KbOffice> Offices = [];
    }

    /// <param name="lexiconDir">The repository's <c>data/entities</c>: its <c>bodies.txt</c>, in the PETRARCH dictionary format,
    /// adds intergovernmental bodies the dictionaries lack ("European Community", "OSCE"); null to read none.</param>
    public static byte[] Compile(string sharedData, GazetteerData gazetteer, string? lexiconDir = null)
    {
        var iso3 = gazetteer.Countries.Select(c => c.Iso3).ToHashSet();
        var countryByName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in gazetteer.Countries)
            foreach (string n in c.Aliases.Prepend(c.Official).Prepend(c.Name)) countryByName.TryAdd(n, c.Iso3);

        var all = new List<Builder>();
        string pet = Path.Combine(sharedData, "petrarch2-dictionaries");
        ReadPetrarch(ReadText(Path.Combine(pet, "Phoenix.Countries.actors.txt.gz")), "petrarch-countries", iso3, all);
        ReadPetrarch(File.ReadAllText(Path.Combine(pet, "Phoenix.International.actors.txt")), "petrarch-international", iso3, all);
        ReadPetrarch(File.ReadAllText(Path.Combine(pet, "Phoenix.MilNonState.actors.txt")), "petrarch-milnonstate", iso3, all);
        if (lexiconDir is not null && File.Exists(Path.Combine(lexiconDir, "bodies.txt")))
            ReadPetrarch(File.ReadAllText(Path.Combine(lexiconDir, "bodies.txt")), "parley-bodies", iso3, all);

        MergeDuplicatePeople(all);
        foreach (var b in all.Where(b => b.Kind == ActorKind.Person)) b.Name = WithoutTitle(b);
        var index = new Dictionary<string, List<Builder>>(StringComparer.Ordinal);
        foreach (var b in all.Where(b => b.Kind == ActorKind.Person)) AddIndex(index, b);

        string wd = Path.Combine(sharedData, "wikidata-officeholders");
        foreach (var r in Csv(Path.Combine(wd, "foreign_ministers_current_2023-01.csv")))
        {
            if (r["person"].Length == 0 || !countryByName.TryGetValue(r["countryLabel"], out var cc)) continue;
            Merge(index, all, r["person"], r["name"], new KbOffice(cc + "GOV", cc, "GOV", NullIf(r["start"]), null, r["positionLabel"], "wikidata-foreign-ministers-2023", true));
        }
        foreach (var r in Csv(Path.Combine(wd, "heads_of_state_and_government_2022.csv")))
        {
            if (r["officeholder"].Length == 0 || !countryByName.TryGetValue(r["country"], out var cc)) continue;
            Merge(index, all, r["officeholder"], r["officeholderLabel"], new KbOffice(cc + "GOV", cc, "GOV", NullIf(r["start_year"]), NullIf(r["end_year"]), r["positionLabel"], "wikidata-heads-2022", true));
        }
        foreach (var r in Csv(Path.Combine(wd, "un_officeholders_21st_century.csv")))
        {
            if (r["personID"].Length == 0) continue;
            Merge(index, all, r["personID"], r["person"], new KbOffice("IGOUNO", "UNO", null, NullIf(r["start"]), NullIf(r["end"]), r["position"], "wikidata-un-21st-century", false));
        }
        ReadIfg(Path.Combine(sharedData, "ifg-uk-ministers"), index, all);

        var lines = new List<string>();
        // A few source rows end before they start; they are dropped rather than guessed at.
        foreach (var b in all) b.Offices.RemoveAll(o => o.Earliest > o.Latest);
        all.RemoveAll(b => b.Offices.Count == 0);
        foreach (var b in all.OrderBy(b => b.Id, StringComparer.Ordinal))
        {
            string name = b.Name;
            if (b.Kind == ActorKind.Person && b.Offices.Any(o => o.Country is { } c && PostSoviet.Contains(c))) name = NameFold.NewsStyle(name);
            lines.Add(string.Join('\t', "A", b.Id, b.Kind.ToString(), ResourceText.Field(name), b.Qid ?? ""));
            foreach (string a in b.Aliases.Select(ResourceText.Field).Where(a => a.Length > 1 && a != name).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal))
                lines.Add("N\t" + a);
            foreach (var o in b.Offices.OrderBy(o => o.From ?? "", StringComparer.Ordinal).ThenBy(o => o.Source, StringComparer.Ordinal).ThenBy(o => o.Code, StringComparer.Ordinal))
            {
                lines.Add(string.Join('\t', "O", o.Code, o.Country ?? "", o.Sector ?? "", o.From ?? "", o.To ?? "",
                    ResourceText.Field(o.Role), o.Source, o.CurrentTermOnly ? "1" : "0"));
            }
        }
        return ResourceText.Gzip(ActorKb.Header, lines);
    }

    private static void ReadPetrarch(string text, string source, HashSet<string> iso3, List<Builder> all)
    {
        Builder? current = null;
        bool skipBlock = false;
        int seq = 0;
        foreach (string raw in text.Split('\n'))
        {
            string line = raw.TrimEnd('\r');
            if (line.TrimStart().StartsWith('#') || line.Trim().Length == 0) continue;
            int hash = line.IndexOf('#');
            string comment = hash >= 0 ? line[(hash + 1)..].Trim().Trim('#').Trim() : "";
            string body = hash >= 0 ? line[..hash] : line;
            bool indented = char.IsWhiteSpace(line[0]);
            int bracket = body.IndexOf('[');
            string phrase = (bracket >= 0 ? body[..bracket] : body).Trim();
            if (!indented && !phrase.StartsWith('+') && phrase.Length > 0)
            {
                string name = DisplayName(Phrase(phrase));
                var previous = current;
                current = new Builder { Id = $"P{source[9]}{++seq:D5}", Kind = ActorKind.Organisation, Name = name };
                // An entry with no code block followed by another spelling of the same surname ("DMITRY_MEDVEDEV_ +…" then
                // "DMITR_MEDVEDEV_ +… [RUSGOV …]"): one person, whose codes follow the second heading; the first name leads.
                if (previous is { Offices.Count: 0 } && !skipBlock && SameSurname(previous.Name, name))
                {
                    current.Name = previous.Name;
                    current.Aliases.AddRange(previous.Aliases);
                    current.Aliases.Add(name);
                }
                all.Add(current);
                skipBlock = false;
            }
            else if (phrase.StartsWith('+') && current is not null)
            {
                current.Aliases.Add(DisplayName(Phrase(phrase[1..])));
            }
            if (current is null || bracket < 0) continue;
            foreach (Match m in CodeRegex().Matches(body).Cast<Match>())
            {
                string code = m.Groups[1].Value;
                // An ISO country code alone, or any bare three-letter code with dates (a state's years of existence), marks a
                // country's or town's own entry ("ARMENIA_ … [ARM >911221]", "CZECHOSLOVAKIA [CSK <930101]"), not a
                // person's: the gazetteer covers countries and towns. Undated region or religion codes ("[BAH]", "[WEU]")
                // stay bodies' codes.
                if (CameoCodes.IsBareCountryCode(code) && (iso3.Contains(code) || m.Groups[3].Success)) { skipBlock = true; continue; }
                string? from = null, to = null;
                if (m.Groups[3].Success)
                {
                    string a = m.Groups[3].Value;
                    if (m.Groups[4].Success) { from = KbDates.FromPetrarch(a); to = KbDates.FromPetrarch(m.Groups[4].Value); if (from is null || to is null) continue; }
                    else if (m.Groups[2].Value == "<") { to = KbDates.FromPetrarch(a); if (to is null) continue; }
                    else { from = KbDates.FromPetrarch(a); if (from is null) continue; }
                    // Dated codes mark people, but PETRARCH dates some bodies too ("SYRIAN_NATIONAL_COALITION_ [SYROPP >121101]").
                    current.Kind = IsBodyName(current.Name) ? ActorKind.Organisation : ActorKind.Person;
                }
                var (country, sector) = CameoCodes.Map(code, iso3);
                current.Offices.Add(new KbOffice(code, country, sector, from, to, RoleComment(comment), source, false));
            }
            if (skipBlock) { all.Remove(current); current = null; }
        }
        all.RemoveAll(b => b.Offices.Count == 0);
    }

    /// <summary>
    /// PETRARCH lists some people twice under spellings of one name ("DMITRY_MEDVEDEV" and "DMITR_MEDVEDEV", each with
    /// the other's variants as aliases): people whose transliteration-folded names or aliases agree, with the same surname
    /// and a country in common, are one person (the first entry's name, the union of aliases and offices).
    /// </summary>
    private static void MergeDuplicatePeople(List<Builder> all)
    {
        var byKey = new Dictionary<string, List<Builder>>(StringComparer.Ordinal);
        var removed = new HashSet<Builder>();
        foreach (var b in all)
        {
            if (b.Kind != ActorKind.Person) continue;
            var keys = b.Aliases.Prepend(b.Name).Select(NameFold.LooseName).Where(k => k.Contains(' ')).Distinct().ToList();
            var countries = b.Offices.Select(o => o.Country).Where(c => c is not null).ToHashSet();
            Builder? into = null;
            foreach (string k in keys)
            {
                if (!byKey.TryGetValue(k, out var l)) continue;
                into = l.FirstOrDefault(x => !removed.Contains(x) && Surname(x.Name) == Surname(b.Name) && x.Offices.Any(o => countries.Contains(o.Country)));
                if (into is not null) break;
            }
            if (into is not null)
            {
                into.Aliases.Add(b.Name);
                into.Aliases.AddRange(b.Aliases);
                into.Offices.AddRange(b.Offices);
                removed.Add(b);
            }
            var target = into ?? b;
            foreach (string k in keys)
            {
                if (!byKey.TryGetValue(k, out var l)) byKey[k] = l = [];
                if (!l.Contains(target)) l.Add(target);
            }
        }
        all.RemoveAll(removed.Contains);

        static string Surname(string name) => NameFold.Words(name).LastOrDefault() is { } w ? NameFold.Loose(w) : "";
    }

    /// <summary>
    /// A person's canonical name without a leading title: "Secretary-General Ban Ki-Moon" with alias "Ban Ki-Moon" becomes
    /// "Ban Ki-Moon" — the shortest alias of two or more words that ends the name after a word boundary.
    /// </summary>
    private static string WithoutTitle(Builder b)
    {
        string? best = null;
        foreach (string a in b.Aliases)
        {
            if (a.Length >= b.Name.Length || NameFold.Words(a).Count() < 2) continue;
            if (!b.Name.EndsWith(" " + a, StringComparison.OrdinalIgnoreCase)) continue;
            if (best is null || a.Length < best.Length) best = a;
        }
        if (best is null) return b.Name;
        b.Aliases.Add(b.Name);
        return best;
    }

    private static readonly HashSet<string> BodyWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Coalition", "Council", "Party", "Front", "Army", "Movement", "Committee", "Ministry", "Government", "Union", "Association",
        "Brigade", "Brigades", "Forces", "League", "Organization", "Organisation", "Agency", "Bank", "Company", "Corporation", "Group",
        "Alliance", "Authority", "Commission", "Assembly", "Parliament", "Court", "Department", "Service", "Institute", "Foundation",
        "Network", "Brotherhood", "Congress", "Federation", "Administration", "Police", "Militia", "Battalion",
    };

    /// <summary>Whether a name reads as a body's ("… National Coalition", "… Party"): general English words, no names.</summary>
    private static bool IsBodyName(string name) => NameFold.Words(name).Any(BodyWords.Contains);

    private static bool SameSurname(string a, string b) =>
        NameFold.Words(a).ToList() is [_, .., var x] && NameFold.Words(b).ToList() is [_, .., var y] && NameFold.Loose(x) == NameFold.Loose(y);

    private static string Phrase(string p) => p.Replace('_', ' ').Trim();

    /// <summary>Upper-case dictionary phrases made readable: "BASHAR AL ASSAD" → "Bashar al-Assad"; acronyms kept ("NATO", "UN").</summary>
    private static string DisplayName(string upper)
    {
        var words = upper.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 1 && words[0].Length <= 5 && !words[0].Contains('.')) return words[0];
        var sb = new StringBuilder();
        for (int i = 0; i < words.Length; i++)
        {
            string w = words[i];
            if (sb.Length > 0 && sb[^1] != '-') sb.Append(' ');
            if (w is "AL" or "EL" && i > 0 && i + 1 < words.Length) sb.Append(w.ToLowerInvariant()).Append('-');
            else if (w.Length <= 4 && w.All(char.IsUpper) && !w.Any(c => c is 'A' or 'E' or 'I' or 'O' or 'U' or 'Y')) sb.Append(w);
            else if (w is "UN" or "US" or "UK" or "EU") sb.Append(w);
            else sb.Append(NameFold.TitleCase(w));
        }
        return sb.ToString();
    }

    private static string? RoleComment(string c)
    {
        if (c.Length < 3 || c.Contains(".txt", StringComparison.Ordinal) || c.Contains("NGO_Actors", StringComparison.Ordinal)
            || c.Contains("MleH", StringComparison.Ordinal) || c.Any(char.IsDigit) || c.StartsWith("BK ", StringComparison.Ordinal)
            || c.StartsWith("CTA", StringComparison.Ordinal) || c.StartsWith("ELH", StringComparison.Ordinal)) return null;
        int inner = c.IndexOf('#');
        if (inner >= 0) c = c[..inner].Trim();
        return c.Length < 3 ? null : c;
    }

    private static void AddIndex(Dictionary<string, List<Builder>> index, Builder b)
    {
        foreach (string key in b.Aliases.Prepend(b.Name).Select(NameFold.LooseName).Distinct())
        {
            if (!index.TryGetValue(key, out var l)) index[key] = l = [];
            if (!l.Contains(b)) l.Add(b);
        }
    }

    /// <summary>Adds an office to the person of that name in that country (or an IGO post to any such person), else a new person.</summary>
    private static void Merge(Dictionary<string, List<Builder>> index, List<Builder> all, string qid, string name, KbOffice office)
    {
        var byQid = all.FirstOrDefault(b => b.Qid == qid);
        var target = byQid;
        if (target is null && index.TryGetValue(NameFold.LooseName(name), out var same))
        {
            target = same.FirstOrDefault(b => b.Qid is null && (office.Country == "UNO" || b.Offices.Any(o => o.Country == office.Country)));
        }
        if (target is null)
        {
            target = new Builder { Id = "W" + qid, Kind = ActorKind.Person, Name = name };
            all.Add(target);
        }
        if (target.Qid is null) target.Qid = qid;
        if (!target.NameFromWikidata && target.Name != name)
        {
            target.Aliases.Add(target.Name);
            target.Name = name;
        }
        target.NameFromWikidata = true;
        target.Offices.Add(office);
        AddIndex(index, target);
    }

    private static void ReadIfg(string dir, Dictionary<string, List<Builder>> index, List<Builder> all)
    {
        var names = new Dictionary<string, List<(string Name, string Start)>>(StringComparer.Ordinal);
        foreach (var r in Csv(Path.Combine(dir, "person.csv.gz")))
        {
            if (!names.TryGetValue(r["id"], out var l)) names[r["id"]] = l = [];
            l.Add((r["name"], r["start_date"]));
        }
        var posts = Csv(Path.Combine(dir, "post.csv.gz")).ToDictionary(r => r["id"], r => r["name"], StringComparer.Ordinal);
        var byPerson = new Dictionary<string, Builder>(StringComparer.Ordinal);
        foreach (var r in Csv(Path.Combine(dir, "appointment.csv.gz")).OrderBy(r => r["person_id"], StringComparer.Ordinal).ThenBy(r => r["start_date"], StringComparer.Ordinal))
        {
            if (!names.TryGetValue(r["person_id"], out var variants) || !posts.TryGetValue(r["post_id"], out var post)) continue;
            if (!byPerson.TryGetValue(r["person_id"], out var b))
            {
                var ordered = variants.OrderBy(v => v.Start, StringComparer.Ordinal).Select(v => v.Name).ToList();
                string name = ordered[0];
                b = index.TryGetValue(NameFold.LooseName(name), out var same) ? same.FirstOrDefault(x => x.Offices.Any(o => o.Country == "GBR")) : null;
                if (b is null)
                {
                    b = new Builder { Id = "U" + r["person_id"][..8], Kind = ActorKind.Person, Name = name };
                    all.Add(b);
                }
                b.Aliases.AddRange(ordered.Skip(1));
                byPerson[r["person_id"]] = b;
            }
            b.Offices.Add(new KbOffice("GBRGOV", "GBR", "GOV", NullIf(r["start_date"]), NullIf(r["end_date"]), post, "ifg-uk-ministers", false));
        }
    }

    private static string? NullIf(string s) => KbDates.Normalize(s);

    private static string ReadText(string gzPath)
    {
        using var zip = new GZipStream(File.OpenRead(gzPath), CompressionMode.Decompress);
        using var reader = new StreamReader(zip, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>Rows of a (possibly gzipped) CSV with a header, quoted fields allowed.</summary>
    private static List<Dictionary<string, string>> Csv(string path)
    {
        string text = path.EndsWith(".gz", StringComparison.Ordinal) ? ReadText(path) : File.ReadAllText(path);
        var rows = Ingest.CsvText.Rows(text);
        var header = rows[0];
        var result = new List<Dictionary<string, string>>();
        foreach (var r in rows.Skip(1))
        {
            if (r.Count < header.Count) continue;
            var d = new Dictionary<string, string>(StringComparer.Ordinal);
            for (int k = 0; k < header.Count; k++) d[header[k]] = r[k];
            result.Add(d);
        }
        return result;
    }
}
