using System.Text.Json;
using Parley.Documents;
using Parley.Errors;

namespace Parley.Events.Evaluation;

/// <summary>
/// Loads PLOVER gold-standard records (a JSON array). DOCUMENT entries (file documentation) are skipped; v0.5b1
/// categories are mapped to v2.0: DEMAND → REQUEST, DISAPPROVE and INVESTIGATE → ACCUSE, FIGHT → ASSAULT; other names are
/// already v2.0. A record without text or with an unknown category is a coded problem and skipped.
/// </summary>
public static class PloverGsrLoader
{
    /// <summary>The v2.0 type of a v0.5b1 category, or null when there is none.</summary>
    public static PloverType? MapLabel(string label) => label switch
    {
        "DEMAND" => PloverType.Request,
        "DISAPPROVE" or "INVESTIGATE" => PloverType.Accuse,
        "FIGHT" => PloverType.Assault,
        _ => PloverCodebook.TryParseType(label, out var t) ? t : null,
    };

    public static (IReadOnlyList<PloverGsrRecord> Records, IReadOnlyList<Problem> Problems) LoadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream, path);
    }

    public static (IReadOnlyList<PloverGsrRecord> Records, IReadOnlyList<Problem> Problems) Load(Stream json, string path)
    {
        var records = new List<PloverGsrRecord>();
        var problems = new List<Problem>();
        using var doc = JsonDocument.Parse(json);
        if (doc.RootElement.ValueKind != JsonValueKind.Array)
            return (records, [Problems.PloverGsrInvalid(new InputOrigin(path), "the file is not a JSON array")]);
        int index = 0;
        foreach (var r in doc.RootElement.EnumerateArray())
        {
            index++;
            var origin = new InputOrigin($"{path}[{index - 1}]");
            if (r.ValueKind != JsonValueKind.Object) { problems.Add(Problems.PloverGsrInvalid(origin, "not an object")); continue; }
            string? label = Str(r, "event");
            if (label == "DOCUMENT") continue;
            string? id = Str(r, "id");
            string? text = Str(r, "text");
            if (string.IsNullOrEmpty(id) || string.IsNullOrWhiteSpace(text)) { problems.Add(Problems.PloverGsrInvalid(origin, "no id or no text")); continue; }
            if (label is null || MapLabel(label) is not { } type) { problems.Add(Problems.PloverGsrInvalid(origin, $"unknown event category '{label}'")); continue; }
            records.Add(new PloverGsrRecord(id, text, type, label, Codes(r, "source"), Codes(r, "target"), Str(r, "eventText")));
        }
        return (records, problems);
    }

    private static List<string> Codes(JsonElement r, string key)
    {
        var codes = new List<string>();
        if (r.TryGetProperty(key, out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var a in list.EnumerateArray())
            {
                if (a.ValueKind == JsonValueKind.Object && Str(a, "code") is { Length: > 0 } code && !codes.Contains(code))
                    codes.Add(code);
            }
        }
        return codes;
    }

    private static string? Str(JsonElement obj, string key) =>
        obj.TryGetProperty(key, out var el) && el.ValueKind == JsonValueKind.String ? el.GetString() : null;
}
