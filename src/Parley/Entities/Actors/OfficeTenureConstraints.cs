using Parley.Dates;
using Parley.Documents;

namespace Parley.Entities.Actors;

/// <summary>
/// Office-tenure constraints for the reference-date solver: a title–name apposition ("Secretary of State John Kerry")
/// whose person the knowledge base knows bounds the article's date to the time that person held that office. It runs at
/// ingest, before the entity stage, with its own light matching (the shared <see cref="EntityResolver"/>, no date).
/// The tenure is the hull of the person's offices of that kind (else of same-sector offices with no recorded role);
/// an open end is closed by the start of a later holder of the same office (one holder at a time). Snapshot sources
/// that list only the current term never narrow an earlier start.
/// </summary>
public sealed class OfficeTenureConstraints(EntityResources resources) : IDateConstraintSource
{
    public const string EvidenceKind = "office-tenure";
    private readonly EntityResolver _resolver = new(resources);

    public IReadOnlyList<LayerKey> Requires { get; } = [Layers.Header];

    public IEnumerable<DateConstraint> Collect(Document doc)
    {
        var header = doc.Get(Layers.Header);
        var (actors, _) = _resolver.Resolve(doc.Text, header.Body, null);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<DateConstraint>();
        foreach (var m in actors.Mentions)
        {
            if (m.KbId is null || m.OfficeKind is null || !seen.Add(m.KbId + "/" + m.OfficeKind)) continue;
            var actor = resources.Kb.Actors.First(a => a.Id == m.KbId);
            if (Tenure(actor, m.OfficeKind, m.Country, m.Sector) is { } t)
            {
                string text = m.TitleSpan is { } ts ? doc.Text[ts.Start..m.Span.End] : m.Text;
                result.Add(new DateConstraint(t.From, t.To, new DateEvidence(EvidenceKind, text, m.Span,
                    $"{actor.Name} held this office {t.From?.ToString("yyyy-MM-dd") ?? "?"}..{t.To?.ToString("yyyy-MM-dd") ?? "open"} ({t.Why})")));
            }
        }
        return result;
    }

    public sealed record TenureBounds(DateOnly? From, DateOnly? To, string Why);

    /// <summary>When <paramref name="actor"/> held an office of <paramref name="kind"/>; null when the knowledge base cannot say.</summary>
    public TenureBounds? Tenure(KbActor actor, string kind, string? country, string? sector)
    {
        bool CountryOk(KbOffice o) => country is null || o.Country == country;
        var typed = actor.Offices.Where(o => CountryOk(o) && resources.Lexicon.OfficeKind(o.Role) == kind).ToList();
        var untyped = actor.Offices.Where(o => CountryOk(o) && o.Role is null && (o.From is not null || o.To is not null)
            && o.Sector != "ELI" && (sector is null || o.Sector == sector || o.Sector is null)).ToList();
        List<KbOffice> used;
        string why;
        if (typed.Count > 0)
        {
            used = typed;
            why = "role recorded as " + string.Join(", ", typed.Select(o => $"'{o.Role}' ({o.Source})").Distinct());
            if (typed.All(o => o.CurrentTermOnly) && untyped.Count > 0)
            {
                used = [.. typed, .. untyped];
                why += "; the snapshot lists only the current term, so earlier same-sector periods count too";
            }
        }
        else if (untyped.Count > 0)
        {
            used = untyped;
            why = "no role recorded; same-sector periods " + string.Join(", ", untyped.Select(o => $"{o.Code} {o.From}..{o.To} ({o.Source})"));
        }
        else return null;

        DateOnly? from = used.Any(o => o.Earliest is null) ? null : used.Min(o => o.Earliest);
        DateOnly? to = used.Any(o => o.Latest is null) ? null : used.Max(o => o.Latest);
        if (to is null && from is { } f && typed.Concat(untyped).FirstOrDefault()?.Country is { } c)
        {
            // One holder at a time: a later holder's start ends this tenure.
            var next = resources.Holders(kind, c).Where(h => h.Actor.Id != actor.Id && h.Office.Earliest > f)
                .OrderBy(h => h.Office.Earliest).FirstOrDefault();
            if (next.Actor is not null)
            {
                // The successor's start may be known only to the year: the latest day it could be bounds the tenure.
                to = KbDates.Latest(next.Office.From);
                why += $"; ended by {to:yyyy-MM-dd} when {next.Actor.Name} held it ('{next.Office.Role}' from {next.Office.From}, {next.Office.Source})";
            }
        }
        return from is null && to is null ? null : new TenureBounds(from, to, why);
    }
}
