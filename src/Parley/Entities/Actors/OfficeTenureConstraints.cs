using Parley.Dates;
using Parley.Documents;

namespace Parley.Entities.Actors;

/// <summary>
/// Office-tenure constraints for the reference-date solver: a title–name apposition ("Secretary of State John Kerry")
/// whose person the knowledge base knows bounds the article's date to the time that person held that office. It runs at
/// ingest, before the entity stage, so it must be cheap: one pass over the raw text finds the first words of office titles
/// ("President", "Secretary", "Prime" …, from <c>data/entities/titles.txt</c>), and the shared <see cref="EntityResolver"/>
/// reads only short windows around them (no date, no places).
/// The tenure is the hull of the person's offices of that kind (else of same-sector offices with no recorded role);
/// an open end is closed by the start of a later holder of the same office (one holder at a time). Snapshot sources
/// that list only the current term never narrow an earlier start.
/// Thread-safe; the resources are loaded on first use.
/// </summary>
public sealed class OfficeTenureConstraints : IDateConstraintSource
{
    public const string EvidenceKind = "office-tenure";

    /// <summary>Characters kept before a title word: room for "the U.S." or "United Nations" modifiers.</summary>
    internal const int WindowBefore = 80;

    /// <summary>Characters kept after a title word's start: the longest title, an "of …," clause and a name.</summary>
    internal const int WindowAfter = 180;

    /// <summary>Characters read after a title word to see whether the longest phrase there is an office title.</summary>
    private const int HeadLookahead = 120;

    private readonly Lazy<Prepared> _prepared;

    public OfficeTenureConstraints(EntityResources resources) : this(() => resources) { }

    /// <summary>Resources from <paramref name="resources"/>, called once, on the first document.</summary>
    public OfficeTenureConstraints(Func<EntityResources> resources) => _prepared = new(() => new Prepared(resources()));

    private sealed class Prepared
    {
        public Prepared(EntityResources resources)
        {
            Resources = resources;
            Resolver = new EntityResolver(resources);
            var heads = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var t in resources.Lexicon.Titles)
            {
                if (!t.IsOffice) continue;
                var words = EntityTokenizer.Tokenize(t.Phrase, [new Span(0, t.Phrase.Length)]);
                if (words.Count > 0 && words[0].IsWord) heads.Add(words[0].Key);
            }
            TitleHeads = heads.GetAlternateLookup<ReadOnlySpan<char>>();
            // A source attests nothing after the latest date it records anywhere: its horizon.
            var horizons = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
            foreach (var a in resources.Kb.Actors)
            {
                foreach (var o in a.Offices)
                {
                    if ((o.Latest ?? o.Earliest) is not { } last) continue;
                    if (o.Earliest is { } e && e > last) last = e;
                    if (!horizons.TryGetValue(o.Source, out var h) || last > h) horizons[o.Source] = last;
                }
            }
            Horizons = horizons;
            foreach (string h in heads) { MinHead = Math.Min(MinHead, h.Length); MaxHead = Math.Max(MaxHead, h.Length); }
        }

        public EntityResources Resources { get; }
        public EntityResolver Resolver { get; }
        public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleHeads { get; }
        public IReadOnlyDictionary<string, DateOnly> Horizons { get; }
        public int MinHead { get; } = int.MaxValue;
        public int MaxHead { get; }
    }

    public IReadOnlyList<LayerKey> Requires { get; } = [Layers.Header];

    public IEnumerable<DateConstraint> Collect(Document doc)
    {
        var p = _prepared.Value;
        var header = doc.Get(Layers.Header);
        var windows = Windows(doc.Text, header.Body, p);
        if (windows.Count == 0) return [];
        var actors = p.Resolver.ResolveActors(doc.Text, windows);
        for (int i = 0; i < actors.Count; i++)
        {
            // "Secretary of State Clinton" with "Hillary Clinton" elsewhere: the title's surname is that person (as the entity stage reads it).
            var m = actors[i];
            if (m.Kind == ActorKind.Person && m.KbId is null && m.OfficeKind is not null && m.Name is { } n && !n.Contains(' ') && n.Length > 2)
                if (FullNameElsewhere(doc.Text, header.Body, n, p) is { } kb)
                    actors[i] = m with { KbId = kb.Id, Name = kb.Name, Country = m.Country ?? kb.OfficeOn(null)?.Country };
        }
        HashSet<(string, string)>? seen = null;
        List<DateConstraint>? result = null;
        foreach (var m in actors)
        {
            if (m.KbId is null || m.OfficeKind is null || !(seen ??= []).Add((m.KbId, m.OfficeKind))) continue;
            var actor = p.Resources.Kb.ById(m.KbId);
            if (Tenure(actor, m.OfficeKind, m.Country, m.Sector) is { } t)
            {
                string text = m.TitleSpan is { } ts ? doc.Text[ts.Start..m.Span.End] : m.Text;
                (result ??= []).Add(new DateConstraint(t.From, t.To, new DateEvidence(EvidenceKind, text, m.Span,
                    $"{actor.Name} held this office {t.From?.ToString("yyyy-MM-dd") ?? "?"}..{t.To?.ToString("yyyy-MM-dd") ?? "open"} ({t.Explanation})"))
                    { AttestedUntil = t.AttestedUntil });
            }
        }
        return result ?? (IEnumerable<DateConstraint>)[];
    }

    /// <summary>
    /// Whether the character at <paramref name="q"/> ends a sentence for the resolver: ';' or a '.' after a word of two or more
    /// characters, followed by white space. No mention the resolver builds reaches across such a mark (names continue only
    /// past the period of a one-letter initial, "George W. Bush"; abbreviations such as "U.S." keep theirs; a title's
    /// "of …," clause stops at both). '!' and '?' are not such marks: that clause may run on past them.
    /// </summary>
    private static bool IsSentenceEnd(string text, int q, Span region)
    {
        char c = text[q];
        if (c is not ('.' or ';') || q + 1 >= region.End || !char.IsWhiteSpace(text[q + 1])) return false;
        return c != '.' || q - 2 >= region.Start && char.IsLetterOrDigit(text[q - 1]) && char.IsLetterOrDigit(text[q - 2]);
    }

    /// <summary>
    /// The windows of <paramref name="regions"/> around words that begin an office title (any case), cut at white space and
    /// merged where they overlap, in text order. Windows never cross a region's bounds.
    /// </summary>
    private static List<Span> Windows(string text, IReadOnlyList<Span> regions, Prepared p)
    {
        var windows = new List<Span>();
        var head = new List<EntityToken>(16);
        foreach (var region in regions)
        {
            int i = region.Start;
            while (i < region.End)
            {
                if (!char.IsAsciiLetter(text[i])) { i++; continue; }
                int start = i;
                while (i < region.End && char.IsAsciiLetter(text[i])) i++;
                int len = i - start;
                if (len < p.MinHead || len > p.MaxHead || (start > region.Start && char.IsLetterOrDigit(text[start - 1]))
                    || (i < region.End && char.IsLetterOrDigit(text[i])) || !p.TitleHeads.Contains(text.AsSpan(start, len)))
                    continue;
                // "foreign policy", "home town": only a word that begins an office title by the resolver's own phrase match counts.
                head.Clear();
                EntityTokenizer.TokenizeRegion(text, new Span(start, Math.Min(region.End, start + HeadLookahead)), p.Resources.Keys, head);
                if (!p.Resolver.StartsOfficeTitle(head)) continue;
                int from = Math.Max(region.Start, start - WindowBefore), to = Math.Min(region.End, start + WindowAfter);
                // Cut at white space so no window begins or ends inside a word.
                while (from > region.Start && from < start && !char.IsWhiteSpace(text[from - 1])) from++;
                while (to < region.End && !char.IsWhiteSpace(text[to])) to++;
                // Closer still: no mention crosses a sentence end, and the resolver's scan is in step right after one.
                for (int q = start - 1; q > from; q--) if (IsSentenceEnd(text, q, region)) { from = q + 1; break; }
                for (int q = i; q < to; q++) if (IsSentenceEnd(text, q, region)) { to = q + 1; break; }
                if (windows.Count > 0 && windows[^1].End >= from) windows[^1] = new Span(windows[^1].Start, to);
                else windows.Add(new Span(from, to));
                i = Math.Max(i, start + 1);
            }
        }
        return windows;
    }

    /// <summary>
    /// The one knowledge-base person the article names in full with surname <paramref name="surname"/>: the resolver reads a
    /// short window before each occurrence of the surname; null when none or more than one.
    /// </summary>
    private static KbActor? FullNameElsewhere(string text, IReadOnlyList<Span> regions, string surname, Prepared p)
    {
        var windows = new List<Span>();
        foreach (var region in regions)
        {
            for (int at = text.IndexOf(surname, region.Start, region.Length, StringComparison.Ordinal); at >= 0;
                 at = at + surname.Length < region.End ? text.IndexOf(surname, at + surname.Length, region.End - at - surname.Length, StringComparison.Ordinal) : -1)
            {
                int end = at + surname.Length;
                if (at > region.Start && char.IsLetter(text[at - 1]) || end < region.End && char.IsLetter(text[end])) continue;
                int from = Math.Max(region.Start, at - 40);
                while (from > region.Start && from < at && !char.IsWhiteSpace(text[from - 1])) from++;
                if (windows.Count > 0 && windows[^1].End >= from) windows[^1] = new Span(windows[^1].Start, end);
                else windows.Add(new Span(from, end));
            }
        }
        if (windows.Count == 0) return null;
        string key = NameFold.Loose(surname);
        var found = p.Resolver.ResolveActors(text, windows)
            .Where(a => a.Kind == ActorKind.Person && a.KbId is not null && a.Name is { } n && n.Contains(' ') && NameFold.Loose(NameFold.Words(n).Last()) == key)
            .Select(a => a.KbId!).Distinct().ToList();
        return found.Count == 1 ? p.Resources.Kb.ById(found[0]) : null;
    }

    /// <param name="AttestedUntil">When the knowledge base leaves the tenure open: the latest horizon (last date recorded
    /// anywhere) of the sources that do, if it is before <paramref name="To"/>: beyond it the tenure is presumed, not attested.</param>
    public sealed record TenureBounds(DateOnly? From, DateOnly? To, string Why, DateOnly? AttestedUntil = null)
    {
        /// <summary><see cref="Why"/>, and how far the sources attest an open end.</summary>
        public string Explanation => AttestedUntil is { } au ? $"{Why}; attested only until {au:yyyy-MM-dd}, the horizon of the sources that leave it open" : Why;
    }

    /// <summary>When <paramref name="actor"/> held an office of <paramref name="kind"/>; null when the knowledge base cannot say.</summary>
    public TenureBounds? Tenure(KbActor actor, string kind, string? country, string? sector)
    {
        bool CountryOk(KbOffice o) => country is null || o.Country == country;
        var typed = actor.Offices.Where(o => CountryOk(o) && _prepared.Value.Resources.Lexicon.OfficeKind(o.Role) == kind).ToList();
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
        // An open end is as recent as the newest source that leaves it open knows of.
        var open = used.Where(o => o.Latest is null).Select(o => _prepared.Value.Horizons.TryGetValue(o.Source, out var h) ? h : (DateOnly?)null).ToList();
        DateOnly? attested = to is null && open.Count > 0 && open.All(h => h is not null) ? open.Max() : null;
        if (to is null && from is { } f && typed.Concat(untyped).FirstOrDefault()?.Country is { } c)
        {
            // One holder at a time: a later holder's start ends this tenure.
            var next = _prepared.Value.Resources.Holders(kind, c).Where(h => h.Actor.Id != actor.Id && h.Office.Earliest > f)
                .OrderBy(h => h.Office.Earliest).FirstOrDefault();
            if (next.Actor is not null)
            {
                // The successor's start may be known only to the year: the latest day it could be bounds the tenure.
                to = KbDates.Latest(next.Office.From);
                why += $"; ended by {to:yyyy-MM-dd} when {next.Actor.Name} held it ('{next.Office.Role}' from {next.Office.From}, {next.Office.Source})";
            }
        }
        if (attested is { } at && from is { } start && at >= start && (to is null || at < to))
            return new TenureBounds(from, to, why, at);
        return from is null && to is null ? null : new TenureBounds(from, to, why);
    }
}
