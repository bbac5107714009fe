using System.Text.Json;
using System.Text.RegularExpressions;
using Parley.Documents;
using Parley.Errors;

namespace Parley.Events.Evaluation;

/// <summary>
/// Reads a gold file (SPEC §8) and checks it as <c>shared/gold/check_gold.py</c> does: JSON objects with <c>doc</c> and
/// <c>events</c>; no document twice; PLOVER types, modalities and the manual's modes per type; anchors of 2–8 words with
/// no line break or no-break space; a non-empty actor list; actors with a name or a 3-letter upper-case country; dates
/// YYYY, YYYY-MM, YYYY-MM-DD or A/B. A bad line or event is reported as a coded problem naming file:line and left out;
/// the rest is read. <see cref="CheckAnchors"/> checks anchors against the documents once they are known.
/// </summary>
public static partial class GoldReader
{
    private static readonly HashSet<string> EventKeys =
    [
        "type", "mode", "modality", "actors", "recipients", "anchor", "date", "place", "occasion", "claimant", "note",
        "contexts", "topics", "quote", "id", "confidence", "cameo", "evidence",
    ];

    private static readonly HashSet<string> DocKeys = ["doc", "events", "note"];
    private static readonly HashSet<string> ActorKeys = ["name", "country", "sector", "text", "role", "wikidata", "note"];

    public static GoldSet ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    public static GoldSet Read(TextReader reader, string path)
    {
        var docs = new List<GoldDocument>();
        var problems = new List<Problem>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        int lineNo = 0;
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var origin = new InputOrigin(path, lineNo);
            JsonDocument json;
            try
            {
                json = JsonDocument.Parse(line);
            }
            catch (JsonException ex)
            {
                problems.Add(Problems.GoldInvalidJson(origin, $"invalid JSON ({ex.Message})"));
                continue;
            }
            using (json)
            {
                var root = json.RootElement;
                if (root.ValueKind != JsonValueKind.Object) { problems.Add(Problems.GoldInvalidJson(origin, "a line must be a JSON object")); continue; }
                if (!root.TryGetProperty("doc", out var docEl) || docEl.ValueKind != JsonValueKind.String || docEl.GetString()!.Length == 0)
                {
                    problems.Add(Problems.GoldInvalidJson(origin, "`doc` must be a non-empty string"));
                    continue;
                }
                string doc = docEl.GetString()!;
                foreach (var p in root.EnumerateObject())
                {
                    if (!DocKeys.Contains(p.Name)) problems.Add(Problems.GoldUnknownKey(origin, $"document '{doc}'", p.Name));
                }
                if (seen.TryGetValue(doc, out int first)) { problems.Add(Problems.GoldDuplicateDocument(origin, doc, first)); continue; }
                seen[doc] = lineNo;
                if (!root.TryGetProperty("events", out var eventsEl) || eventsEl.ValueKind != JsonValueKind.Array)
                {
                    problems.Add(Problems.GoldInvalidJson(origin, "`events` must be a list"));
                    continue;
                }
                var events = new List<GoldEvent>();
                int index = 0;
                foreach (var ev in eventsEl.EnumerateArray())
                {
                    index++;
                    var before = problems.Count(p => p.Severity == Severity.Error);
                    var evt = ReadEvent(ev, origin, $"[{doc}] event {index}", problems);
                    if (evt is not null && problems.Count(p => p.Severity == Severity.Error) == before)
                        events.Add(evt with { Line = lineNo, Index = index });
                }
                docs.Add(new GoldDocument(doc, events, lineNo));
            }
        }
        return new GoldSet(path, docs, problems);
    }

    /// <summary>Problems for anchors that do not occur exactly once in their document (overlaps counted), given the document texts.</summary>
    public static IReadOnlyList<Problem> CheckAnchors(GoldSet gold, Func<string, string?> textOf)
    {
        var problems = new List<Problem>();
        foreach (var doc in gold.Documents)
        {
            if (textOf(doc.Doc) is not { } text) continue;
            foreach (var evt in doc.Events)
            {
                int n = CountOverlapping(text, evt.Anchor);
                if (n != 1)
                    problems.Add(Problems.GoldAnchorNotUnique(new InputOrigin(gold.Path, evt.Line), $"[{doc.Doc}] event {evt.Index}", evt.Anchor, n));
            }
        }
        return problems;
    }

    internal static int CountOverlapping(string text, string sub)
    {
        int n = 0;
        for (int i = text.IndexOf(sub, StringComparison.Ordinal); i >= 0; i = text.IndexOf(sub, i + 1, StringComparison.Ordinal)) n++;
        return n;
    }

    private static GoldEvent? ReadEvent(JsonElement ev, InputOrigin origin, string where, List<Problem> problems)
    {
        void Bad(string reason) => problems.Add(Problems.GoldInvalidField(origin, where, reason));
        if (ev.ValueKind != JsonValueKind.Object) { Bad("an event must be an object"); return null; }
        foreach (var p in ev.EnumerateObject())
        {
            if (!EventKeys.Contains(p.Name)) problems.Add(Problems.GoldUnknownKey(origin, where, p.Name));
        }

        string? typeName = Str(ev, "type");
        bool typeOk = PloverCodebook.TryParseType(typeName, out var type);
        if (!typeOk) Bad($"type '{typeName}' is not one of the 16 PLOVER types");
        string? modalityName = Str(ev, "modality");
        if (!PloverCodebook.TryParseModality(modalityName, out var modality)) Bad($"modality '{modalityName}' is not one of asserted, planned, intended, possible, negated, attempted, hypothetical");

        var modes = new List<string>();
        if (ev.TryGetProperty("mode", out var modeEl) && modeEl.ValueKind != JsonValueKind.Null)
        {
            if (modeEl.ValueKind == JsonValueKind.String) modes.Add(modeEl.GetString()!);
            else if (modeEl.ValueKind == JsonValueKind.Array && modeEl.EnumerateArray().All(m => m.ValueKind == JsonValueKind.String))
                modes.AddRange(modeEl.EnumerateArray().Select(m => m.GetString()!));
            else Bad("mode must be a string, a list of strings or null");
            if (typeOk)
            {
                foreach (string m in modes.Where(m => !PloverCodebook.IsMode(type, m)))
                    Bad($"mode '{m}' is not a PLOVER mode of {typeName} (allowed: {(PloverCodebook.Modes(type).Count == 0 ? "none" : string.Join(", ", PloverCodebook.Modes(type)))})");
            }
        }

        string? anchor = Str(ev, "anchor");
        if (string.IsNullOrWhiteSpace(anchor)) Bad("anchor missing or empty");
        else
        {
            if (anchor != anchor.Trim()) Bad($"anchor '{anchor}' has leading or trailing whitespace");
            int words = anchor.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            if (words is < 2 or > 8) Bad($"anchor '{anchor}' has {words} words (2-8 required)");
            if (anchor.IndexOfAny(['\u00a0', '\u202f', '\u2007']) >= 0) Bad($"anchor '{anchor}' contains a no-break space");
            if (anchor.IndexOfAny(['\n', '\r', '\u2028', '\u2029', '\v', '\f', '\u0085']) >= 0) Bad($"anchor '{anchor}' spans a line break");
        }

        var actors = Actors(ev, "actors", where, Bad);
        if (actors is null || (actors.Count == 0 && ev.GetProperty("actors").GetArrayLength() == 0)) Bad("actors must be a non-empty list");
        var recipients = Actors(ev, "recipients", where, Bad) ?? [];
        GoldActor? claimant = null;
        if (ev.TryGetProperty("claimant", out var cl) && cl.ValueKind != JsonValueKind.Null)
            claimant = Actor(cl, "claimant", Bad);

        string? date = null;
        if (ev.TryGetProperty("date", out var dateEl) && dateEl.ValueKind != JsonValueKind.Null)
        {
            if (dateEl.ValueKind != JsonValueKind.String) Bad("date must be a string or null");
            else if (EventDate.Bounds(dateEl.GetString()) is null) Bad($"date '{dateEl.GetString()}' does not parse as YYYY, YYYY-MM, YYYY-MM-DD or A/B (A not after B)");
            else date = dateEl.GetString();
        }
        foreach (string key in new[] { "place", "occasion", "note" })
        {
            if (ev.TryGetProperty(key, out var el) && el.ValueKind is not JsonValueKind.Null and not JsonValueKind.String) Bad($"{key} must be a string or null");
        }
        if (!typeOk || anchor is null || actors is null) return null;
        return new GoldEvent
        {
            Type = type, Modes = modes, Modality = modality, Actors = actors, Recipients = recipients, Anchor = anchor,
            Date = date, Place = Str(ev, "place"), Occasion = Str(ev, "occasion"), Claimant = claimant,
        };
    }

    private static List<GoldActor>? Actors(JsonElement ev, string key, string where, Action<string> bad)
    {
        if (!ev.TryGetProperty(key, out var el) || el.ValueKind == JsonValueKind.Null) return null;
        if (el.ValueKind != JsonValueKind.Array) { bad($"{key} must be a list"); return null; }
        var list = new List<GoldActor>();
        int i = 0;
        foreach (var a in el.EnumerateArray())
        {
            if (Actor(a, $"{key}[{i++}]", bad) is { } actor) list.Add(actor);
        }
        return list;
    }

    private static GoldActor? Actor(JsonElement a, string label, Action<string> bad)
    {
        if (a.ValueKind != JsonValueKind.Object) { bad($"{label} must be an object"); return null; }
        string? name = Str(a, "name");
        string? country = Str(a, "country");
        bool hasName = a.TryGetProperty("name", out var n) && n.ValueKind != JsonValueKind.Null;
        bool hasCountry = a.TryGetProperty("country", out var c) && c.ValueKind != JsonValueKind.Null;
        if (hasName && string.IsNullOrWhiteSpace(name)) { bad($"{label}: name must be a non-empty string"); return null; }
        if (hasCountry && (country is null || !CountryCode().IsMatch(country))) { bad($"{label}: country '{c}' is not a 3-letter upper-case code"); return null; }
        if (!hasName && !hasCountry) { bad($"{label} has neither name nor country"); return null; }
        return new GoldActor(name, country, Str(a, "sector"));
    }

    private static string? Str(JsonElement obj, string key) =>
        obj.TryGetProperty(key, out var el) && el.ValueKind == JsonValueKind.String ? el.GetString() : null;

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CountryCode();
}
