using System.Text.Json;
using AngleSharp.Html.Dom;

namespace Parley.Ingest;

/// <summary>The few JSON-LD (schema.org) facts an article page states about itself.</summary>
internal readonly record struct JsonLd(string? Headline, string? DatePublished, string? Publisher, string? Author)
{
    /// <summary>The first article-like object in the page's <c>application/ld+json</c> scripts; malformed JSON is ignored.</summary>
    public static JsonLd Find(IHtmlDocument doc)
    {
        var found = new JsonLd();
        foreach (var script in doc.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                found = Visit(json.RootElement, found, 0);
            }
            catch (JsonException)
            {
                // Pages often carry broken JSON-LD; the other metadata still applies.
            }
            if (found.DatePublished is not null) break;
        }
        return found;
    }

    private static JsonLd Visit(JsonElement e, JsonLd found, int depth)
    {
        if (depth > 8) return found;
        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray())
                found = Visit(item, found, depth + 1);
            return found;
        }
        if (e.ValueKind != JsonValueKind.Object) return found;
        if (e.TryGetProperty("@graph", out var graph))
            found = Visit(graph, found, depth + 1);
        if (found.DatePublished is null && e.TryGetProperty("datePublished", out var date) && date.ValueKind == JsonValueKind.String)
        {
            found = found with
            {
                DatePublished = date.GetString(),
                Headline = found.Headline ?? Text(e, "headline"),
                Publisher = found.Publisher ?? Name(e, "publisher"),
                Author = found.Author ?? Name(e, "author"),
            };
        }
        return found;
    }

    private static string? Text(JsonElement e, string property) =>
        e.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>A property that is a name, an object with a name, or an array of those (the first).</summary>
    private static string? Name(JsonElement e, string property)
    {
        if (!e.TryGetProperty(property, out var v)) return null;
        if (v.ValueKind == JsonValueKind.Array) v = v.EnumerateArray().FirstOrDefault();
        return v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Object => Text(v, "name"),
            _ => null,
        };
    }
}
