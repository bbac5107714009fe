using System.Collections.Frozen;
using Parley.Documents;
using Parley.Entities.Actors;
using Parley.Entities.Gazetteer;
using Parley.Entities.Places;

namespace Parley.Entities;

/// <summary>
/// Finds and resolves actor and place mentions in text regions without NER: gazetteer phrases (longest match, case rules),
/// title–name appositions ("U.S. Secretary of State Hillary Clinton", "State Department spokeswoman Victoria Nuland"),
/// knowledge-base names as of a date, bare surnames after a full mention, metonyms and capitals as governments, and
/// described groups ("Syrian authorities"). Pure: the same text and date give the same mentions. Thread-safe.
/// </summary>
public sealed partial class EntityResolver(EntityResources resources)
{
    private static readonly HashSet<string> Locative = ["in", "to", "from", "at", "into", "near", "via", "toward", "towards", "outside", "across", "around", "between", "visit", "visited", "visiting", "trip", "inside", "throughout", "over"];

    private static readonly HashSet<string> CalendarWords = ["january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    public EntityResources Resources { get; } = resources;

    public (ActorLayer Actors, PlaceLayer Places) Resolve(string text, IEnumerable<Span> regions, DateOnly? asOf) => Resolve(text, regions, asOf, null);

    /// <summary>
    /// As <see cref="Resolve(string, IEnumerable{Span}, DateOnly?)"/>, with the named-entity mentions of the NER stage
    /// (character span and type PER/ORG/LOC): people and organisations the gazetteer and knowledge base miss become actors
    /// with what the text says about them; the gazetteer, knowledge-base and apposition readings stay first.
    /// </summary>
    public (ActorLayer Actors, PlaceLayer Places) Resolve(string text, IEnumerable<Span> regions, DateOnly? asOf, IReadOnlyList<(Span Span, string Type)>? named)
    {
        var tokens = EntityTokenizer.Tokenize(text, regions, Resources.Keys);
        var matches = MatchAll(tokens);
        var actors = new List<ActorMention>();
        var placeSpans = new List<(int Start, int End, PhraseMatch Match)>();
        var known = new KnownPeople();
        FindActors(text, tokens, matches, asOf, known, actors, placeSpans);
        if (named is { Count: > 0 }) PlacesEndingBodyNames(tokens, named, placeSpans);
        if (named is { Count: > 0 }) AddNamed(text, tokens, matches, named, asOf, known, actors, placeSpans);

        var places = ResolvePlaces(text, tokens, placeSpans, actors);
        // Capitals used as subjects ("Moscow has been …") stand for their governments.
        foreach (var p in places)
        {
            if (p.FeatureCode != "PPLC") continue;
            int ti = IndexOfTokenAt(tokens, p.Span.Start);
            if (ti < 0 || IsLocative(tokens, ti) || InCityPhrase(tokens, ti)) continue;
            actors.Add(new ActorMention(p.Span, p.Text, ActorKind.State, null, null, p.Country, "GOV", null, null,
                $"capital '{p.Text}' (GeoNames {p.GeonameId}) as metonym of its government"));
        }
        actors.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        CountriesOfPlaceNamedBodies(actors, places);
        CountriesOfOwners(text, actors);
        CountriesFromContext(text, actors, places);
        CountriesFromPlacesAfter(text, actors, places);
        CountriesStatedAfterNames(text, actors, places);
        SurnamesFromFullNames(actors);
        SurnameGuessesYieldToFullNames(text, actors);
        AppositiveRoles(text, actors);
        ResolveRoleNouns(text, actors, asOf);
        ResolveMembers(actors);
        return (new ActorLayer(actors), new PlaceLayer(places));
    }

    /// <summary>
    /// The actor mentions of separate short windows of <paramref name="text"/> (each tokenized and scanned on its own, people
    /// named earlier carried forward), with no date and no place resolution: what office-tenure constraints need at ingest.
    /// </summary>
    public List<ActorMention> ResolveActors(string text, IReadOnlyList<Span> windows)
    {
        var actors = new List<ActorMention>();
        var known = new KnownPeople();
        var tokens = new List<EntityToken>(64);
        foreach (var window in windows)
        {
            tokens.Clear();
            EntityTokenizer.TokenizeRegion(text, window, Resources.Keys, tokens);
            FindActors(text, tokens, MatchAll(tokens), null, known, actors, null);
        }
        return actors;
    }

    private static int IndexOfTokenAt(List<EntityToken> tokens, int start)
    {
        for (int i = 0; i < tokens.Count; i++) if (tokens[i].Span.Start == start) return i;
        return -1;
    }

    /// <summary>People named so far in the article with their loose name keys, computed once per mention.</summary>
    private sealed class KnownPeople
    {
        public readonly List<ActorMention> Mentions = [];
        public readonly List<string> Full = [];
        public readonly List<string> Last = [];

        public readonly List<string> Written = [];

        public void Add(ActorMention m)
        {
            Mentions.Add(m);
            var words = m.Name is null ? [] : NameFold.Words(m.Name).ToList();
            Full.Add(NameFold.LooseName(words));
            Last.Add(words.Count == 0 ? "" : NameFold.LooseName([words[^1]]));
            // The name as the text wrote it too ("Mouaz al-Khatib" for the knowledge base's "Moaz al-Khatib").
            var written = NameFold.Words(m.Text).Where(w => w.Length > 0 && char.IsUpper(w[0])).ToList();
            Written.Add(written.Count >= 2 ? NameFold.LooseName(written.TakeLast(3)) : "");
        }
    }

    private void FindActors(string text, List<EntityToken> tokens, PhraseMatch?[] matches, DateOnly? asOf, KnownPeople known,
        List<ActorMention> actors, List<(int Start, int End, PhraseMatch Match)>? placeSpans)
    {
        var consumed = new bool[tokens.Count];
        for (int i = 0; i < tokens.Count; i++)
        {
            if (consumed[i] || !tokens[i].IsWord) continue;
            if (matches[i] is { } own && (own.Has(CandidateKind.Country) || own.Has(CandidateKind.Demonym)) && PatronOrStance(tokens, i, own.End))
            {
                Consume(consumed, i, own.End);
                i = own.End - 1;
                continue;
            }
            if (IndefiniteRole(text, tokens, matches, i) is { } described) { actors.Add(described.Mention); Consume(consumed, i, described.End); i = described.End - 1; continue; }
            if (TryApposition(text, tokens, matches, i, asOf, known) is { } app)
            {
                actors.Add(app.Mention);
                if (app.Extra is { } extra) actors.Add(extra);
                if (app.Mention.Kind == ActorKind.Person) known.Add(app.Mention);
                for (int k = i; k < app.End; k++) consumed[k] = true;
                // Places inside the modifiers ("Russian" is not a place, but "Munich" in "Munich conference" is) are kept below.
                continue;
            }
            var m = matches[i];
            if (m is not null && m.First(CandidateKind.Actor) is not null && PickActor(m, asOf) is { } kb0 && kb0.Kind == ActorKind.Person)
            {
                var kb = kb0;
                if (m.End - i >= 2)
                {
                    // Every person of that (transliteration-folded) name, the one named exactly so first.
                    var words = new List<string>(m.End - i);
                    for (int w = i; w < m.End; w++) if (tokens[w].IsWord) words.Add(tokens[w].Key);
                    string loose = NameFold.LooseName(words);
                    var all = Resources.Kb.ByName(loose).Where(a => a.Kind == ActorKind.Person).Append(kb0).Distinct().ToList();
                    kb = Choose(all, null, asOf, loose) ?? kb0;
                }
                var mention = FromKb(text, tokens, i, m.End, kb, asOf, null, null, null, "knowledge base name");
                actors.Add(mention);
                known.Add(mention);
                Consume(consumed, i, m.End);
                i = m.End - 1;
                continue;
            }
            if (tokens[i].Is(TokenShape.Capitalized) && PersonName(tokens, i, out int nameEnd) is { } _ && SameAsKnown(text, tokens, i, nameEnd, known) is { } again)
            {
                actors.Add(again);
                Consume(consumed, i, nameEnd);
                i = nameEnd - 1;
                continue;
            }
            if (m is null) continue;
            string surface = text[tokens[i].Span.Start..tokens[m.End - 1].Span.End];
            bool locative = IsLocative(tokens, i);
            if (m.First(CandidateKind.Metonym) is { } met)
            {
                var x = Resources.Lexicon.Metonyms[met.Index];
                actors.Add(new ActorMention(Span(tokens, i, m.End), surface, ActorKind.Organisation, x.Name, null, x.Country, x.Sector, null, null,
                    $"metonym '{x.Phrase}' → {x.Country} {x.Sector} (data/entities/metonyms.txt)"));
            }
            else if (m.First(CandidateKind.Actor) is not null && PickActor(m, asOf) is { Kind: ActorKind.Organisation }
                && tokens[i].Is(TokenShape.Capitalized) && PersonName(tokens, i, out int pEnd) is { Count: >= 2 } pWords && pEnd == m.End
                && FindPerson(pWords, null, "person", asOf, known) is { } person)
            {
                // A source may list a person's spelling as an alias of the body they lead ("Mouaz al-Khatib" under the Syrian
                // National Coalition): a full name that the knowledge base also knows as a person is that person.
                var mention = FromKb(text, tokens, i, m.End, person, asOf, null, null, null, "knowledge base person (the phrase is also an organisation alias)");
                actors.Add(mention);
                known.Add(mention);
            }
            else if (m.First(CandidateKind.Actor) is { } org && PickActor(m, asOf) is { Kind: ActorKind.Organisation } o)
            {
                var off = o.OfficeOn(asOf);
                string? country = off?.Country ?? DemonymCountry(o);
                actors.Add(new ActorMention(Span(tokens, i, m.End), surface, ActorKind.Organisation, surface.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? surface[4..] : surface,
                    null, country, off?.Sector, o.WikidataId, o.Id, $"organisation in the knowledge base ({off?.Code}, {off?.Source})"));
            }
            else if (m.First(CandidateKind.Country) is { } c && !locative && NextIsTitleOrGroup(matches, m.End) is null)
            {
                var rec = Resources.Gazetteer.Countries[c.Index];
                actors.Add(new ActorMention(Span(tokens, i, m.End), surface, ActorKind.State, null, null, rec.Iso3, "GOV", null, null,
                    $"country name '{surface}' as a state actor"));
            }
            if (placeSpans is not null && (m.Has(CandidateKind.Place) || m.Has(CandidateKind.Country) || m.Has(CandidateKind.Region))
                && !FacilityHead(tokens, m, i))
                placeSpans.Add((i, m.End, m));
            Consume(consumed, i, m.End);
            i = m.End - 1;
        }
    }

    // Nouns that end the name of a building, site or street ("Zappeion Hall", "Gorky Park", "Union Station").
    private static readonly FrozenSet<string> FacilityNouns = new[]
    {
        "hall", "palace", "centre", "center", "hotel", "stadium", "arena", "square", "building", "tower", "museum", "theatre",
        "theater", "airport", "station", "church", "mosque", "cathedral", "temple", "bridge", "park", "street", "avenue",
        "road", "castle", "fort", "gate", "library", "gardens", "garden", "plaza", "mall", "prison", "base",
    }.ToFrozenSet();

    /// <summary>
    /// "the Zappeion Hall", "Union Station": a one-word gazetteer match on a building or street noun right after another
    /// capitalised word ends the name of a facility; it is not the town the gazetteer also lists under that word ("Hall").
    /// </summary>
    private static bool FacilityHead(List<EntityToken> tokens, PhraseMatch m, int i) =>
        m.End - i == 1 && !m.Has(CandidateKind.Country) && FacilityNouns.Contains(tokens[i].Key)
        && i > 0 && tokens[i - 1].IsWord && tokens[i - 1].Is(TokenShape.Capitalized) && !tokens[i - 1].Is(TokenShape.SentenceStart);

    private sealed record Apposition(ActorMention Mention, int End, ActorMention? Extra = null);

    /// <summary>Words that may stand between "the" and a title ("the new U.S. president", "Russia's top diplomat").</summary>
    private static readonly HashSet<string> TitleAdjectives = ["the", "former", "new", "senior", "current", "incoming", "outgoing", "acting", "then", "then-"];

    /// <summary>"of Norway and Sweden", "of Russia, China and India": two or more countries after a plural office, or null.</summary>
    private (List<string> Countries, int End)? CountriesAfter(List<EntityToken> tokens, PhraseMatch?[] matches, int k)
    {
        if (k >= tokens.Count || tokens[k].Key != "of") return null;
        var countries = new List<string>();
        int j = k + 1, end = -1;
        while (j < tokens.Count && matches[j] is { } m && m.First(CandidateKind.Country) is { } c)
        {
            string iso = Resources.Gazetteer.Countries[c.Index].Iso3;
            if (!countries.Contains(iso)) countries.Add(iso);
            end = m.End;
            if (end + 1 < tokens.Count && tokens[end].Key is "and" or "," && matches[end + 1] is not null) j = end + 1;
            else if (end + 2 < tokens.Count && tokens[end].Key == "," && tokens[end + 1].Key == "and") j = end + 2;
            else break;
        }
        return countries.Count >= 2 ? (countries, end) : null;
    }

    /// <summary>The single office a plural group title names ("presidents" → "President"), or null.</summary>
    private EntityLexicon.Title? PluralOffice(EntityLexicon.Title group) =>
        group.IsGroup && group.Phrase.EndsWith('s')
            ? Resources.Lexicon.Titles.FirstOrDefault(t => !t.IsGroup && t.Phrase.Equals(group.Phrase[..^1], StringComparison.OrdinalIgnoreCase))
            : null;

    /// <summary>Group nouns that say too little on their own to be an actor without a country or organisation beside them.</summary>
    private static readonly HashSet<string> VagueGroups = ["side", "sides", "partners", "counterparts", "newspaper", "news agency", "leadership", "forces"];

    /// <summary>[the] (country | demonym | organisation | metonym)* title [of/on …,] Name — or the same without a name.</summary>
    private Apposition? TryApposition(string text, List<EntityToken> tokens, PhraseMatch?[] matches, int start, DateOnly? asOf, KnownPeople known)
    {
        int j = start;
        while (j < tokens.Count && TitleAdjectives.Contains(tokens[j].Key) && j - start < 3) j++;
        string? country = null, orgSector = null, orgName = null;
        bool igo = false;
        ActorMention? orgMention = null;
        int modStart = j;
        List<string>? alsoCountries = null; // "the Russian and American presidents": the countries after the first
        while (j < tokens.Count && matches[j] is { } mm && !mm.Has(CandidateKind.Title))
        {
            if (mm.First(CandidateKind.Metonym) is { } me)
            {
                var x = Resources.Lexicon.Metonyms[me.Index]; country ??= x.Country; orgSector = x.Sector; orgName = x.Name;
                orgMention ??= new ActorMention(Span(tokens, j, mm.End), text[tokens[j].Span.Start..tokens[mm.End - 1].Span.End], ActorKind.Organisation,
                    x.Name, null, x.Country, x.Sector, null, null, $"metonym '{x.Phrase}' → {x.Country} {x.Sector} (data/entities/metonyms.txt)");
            }
            else if (mm.First(CandidateKind.Actor) is not null && PickActor(mm, asOf) is { Kind: ActorKind.Organisation } o)
            {
                var off = o.OfficeOn(asOf);
                if (off?.Country is "UNO" or "IGO" or "NGO") igo = true;
                country ??= off?.Country ?? DemonymCountry(o);
                orgSector ??= off?.Sector;
                string orgText = text[tokens[j].Span.Start..tokens[mm.End - 1].Span.End];
                orgName ??= orgText;
                orgMention ??= new ActorMention(Span(tokens, j, mm.End), orgText, ActorKind.Organisation, orgText, null, off?.Country ?? DemonymCountry(o),
                    off?.Sector, o.WikidataId, o.Id, $"organisation in the knowledge base ({off?.Code}, {off?.Source})");
            }
            else if ((mm.First(CandidateKind.Demonym) ?? mm.First(CandidateKind.Country)) is { } cc)
            {
                string iso = Resources.Gazetteer.Countries[cc.Index].Iso3;
                if (country is null) country = iso;
                else if (iso != country && alsoCountries?.Contains(iso) != true) (alsoCountries ??= []).Add(iso);
                // "Russian and American", "Russian, U.S.": coordinated country words share the title that follows.
                if (mm.End + 1 < tokens.Count && tokens[mm.End].Key is "and" or "," && matches[mm.End + 1] is { } next
                    && (next.First(CandidateKind.Demonym) ?? next.First(CandidateKind.Country)) is not null)
                {
                    j = mm.End + 1;
                    continue;
                }
            }
            else break;
            j = mm.End;
            if (j < tokens.Count && tokens[j].Is(TokenShape.Possessive)) j++;
            if (LedBy(tokens, j)) j++;
        }
        if (j >= tokens.Count || matches[j] is not { } tm || tm.First(CandidateKind.Title) is not { } tc) return null;
        var title = Resources.Lexicon.Titles[tc.Index];
        int titleStart = j, titleEnd = tm.End;
        if (alsoCountries is not null && (!title.IsGroup || PluralOffice(title) is null))
            return null; // coordinated country words before anything but a plural office: not one actor
        if (title.IsGroup)
        {
            string surface = text[tokens[start].Span.Start..tokens[titleEnd - 1].Span.End];
            // "the foreign ministers of Norway and Sweden": the countries after the office.
            int groupEnd = titleEnd;
            if (country is null && alsoCountries is null && PluralOffice(title) is not null && CountriesAfter(tokens, matches, titleEnd) is { } after)
            {
                country = after.Countries[0];
                alsoCountries = [.. after.Countries.Skip(1)];
                groupEnd = after.End;
                surface = text[tokens[start].Span.Start..tokens[groupEnd - 1].Span.End];
            }
            // "the Russian and American presidents": one holder of the office for each country (see ResolveRoleNouns).
            if (alsoCountries is not null && PluralOffice(title) is { } office)
            {
                var span = Span(tokens, start, groupEnd);
                // Each member is described by its own office until resolved ("Foreign Minister of Norway").
                List<ActorMention> holders = [.. new[] { country! }.Concat(alsoCountries).Select(c => new ActorMention(span,
                    $"{office.Phrase} of {Resources.Gazetteer.ByIso3(c)?.Name ?? c}", ActorKind.Person,
                    null, office.Phrase, c, office.Sector, null, null, $"role noun '{office.Phrase}' of {c} in '{surface}'") { RoleNoun = true, OfficeKind = office.IsOffice ? office.Kind : null })];
                return new Apposition(new ActorMention(span, surface, ActorKind.Group, null, null, null, title.Sector, null, null,
                    $"plural office '{title.Phrase}' of {string.Join(" and ", holders.Select(h => h.Country))}") { RoleNoun = true, Members = holders }, groupEnd);
            }
            if (country is null && orgName is null)
            {
                // "the two sides", "both leaders": the actors named before (see ResolveMembers).
                int before = titleStart - 1;
                if (before >= 0 && tokens[before].Key is "two" or "both" && title.Phrase.EndsWith('s') && CountedMeansMembers(title))
                {
                    int from = before > 0 && tokens[before - 1].Key == "the" ? before - 1 : before;
                    return new Apposition(new ActorMention(Span(tokens, from, titleEnd), text[tokens[from].Span.Start..tokens[titleEnd - 1].Span.End], ActorKind.Group,
                        null, null, null, title.Sector, null, null, $"plural description '{title.Phrase}'") { RoleNoun = true }, titleEnd);
                }
                // A described group with nothing beside it ("Diplomats say", "a diplomatic source", "armed gangs"): named by its
                // description; its country, if any, comes from the sentence (see CountriesFromContext).
                if (VagueGroups.Contains(title.Phrase.ToLowerInvariant()) || titleStart != start && start < titleStart && tokens[start].Key != "the") return null;
                string description = text[tokens[titleStart].Span.Start..tokens[titleEnd - 1].Span.End];
                return new Apposition(new ActorMention(Span(tokens, titleStart, titleEnd), description, ActorKind.Group, description.ToLowerInvariant(), null, null,
                    title.Sector, null, null, $"described group: '{title.Phrase}' → {title.Sector}"), titleEnd);
            }
            bool proper = tokens[titleStart].Is(TokenShape.Capitalized);
            string? name = proper ? (surface.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? surface[4..] : surface) : null;
            var groupMention = new ActorMention(Span(tokens, start, titleEnd), surface, ActorKind.Group, name, null, country,
                igo ? null : title.Sector ?? orgSector, null, null, $"described group: '{title.Phrase}' → {title.Sector}" + (country is null ? "" : $", country from '{text[tokens[modStart].Span.Start..tokens[titleStart - 1].Span.End]}'"));
            // The body named in front of the group ("the UN Security Council diplomats") is an actor of its own as well.
            return new Apposition(groupMention, titleEnd, orgMention);
        }
        // A bare capitalised word at a sentence start is not a title ("Chief among …") unless modifiers precede it.
        int k = titleEnd;
        if (k < tokens.Count && tokens[k].Key is "on" or "of" or "for" or "to")
        {
            int stop = Math.Min(tokens.Count, k + 14);
            int comma = -1;
            for (int q = k; q < stop; q++) if (tokens[q].Key == ",") { comma = q; break; } else if (IsPeriod(tokens[q]) || tokens[q].Key == ";") break;
            if (comma > 0) k = comma + 1;
        }
        else if (k < tokens.Count && tokens[k].Key == ",") k++;
        int nameStart = k;
        if (nameStart >= tokens.Count || !tokens[nameStart].Is(TokenShape.Capitalized) || PersonName(tokens, nameStart, out int nameEnd) is not { } nameWords)
        {
            // A title with no name: a role noun ("the Russian foreign minister said", "Russia's top diplomat"), resolved to the
            // person who holds the role (see ResolveRoleNouns). Only after "the" or a country or body, never a bare word.
            if (country is null && orgName is null && tokens[start].Key != "the") return null;
            if (tokens[titleStart].Is(TokenShape.SentenceStart) && titleStart == start) return null;
            string roleText = text[tokens[titleStart].Span.Start..tokens[titleEnd - 1].Span.End];
            return new Apposition(new ActorMention(Span(tokens, start, titleEnd), text[tokens[start].Span.Start..tokens[titleEnd - 1].Span.End], ActorKind.Person,
                null, roleText, country, igo ? null : title.Sector ?? orgSector, null, null, $"role noun '{roleText}'" + (country is null ? "" : $", country {country}"))
                { RoleNoun = true, TitleSpan = Span(tokens, titleStart, titleEnd), OfficeKind = title.IsOffice ? title.Kind : null }, titleEnd, orgMention);
        }
        // The name must not itself be a title, country or organisation ("President Obama" yes, "Foreign Minister Lavrov" yes).
        if (matches[nameStart] is { } nm && (nm.Has(CandidateKind.Title) || nm.Has(CandidateKind.Demonym))) return null;
        string role = text[tokens[titleStart].Span.Start..tokens[titleEnd - 1].Span.End];
        string? sector = igo ? null : title.Sector ?? orgSector;
        var kb = FindPerson(nameWords, country, title.Kind, asOf, known);
        string evidence = $"apposition: title '{role}'" + (country is null ? "" : $", country {country} from '{text[tokens[modStart < titleStart ? modStart : titleStart].Span.Start..tokens[Math.Max(modStart, titleStart - 1)].Span.End]}'");
        ActorMention mention;
        if (kb is not null)
        {
            mention = FromKb(text, tokens, nameStart, nameEnd, kb, asOf, role, country, sector, evidence + $"; name from the knowledge base ({kb.Id})") with { Span = Span(tokens, start, nameEnd) };
        }
        else if (SameAsKnown(text, tokens, nameStart, nameEnd, known) is { } again)
        {
            // Named in full earlier and not in the knowledge base: that person, with the title the text gives here.
            mention = again with { Span = Span(tokens, start, nameEnd), Text = text[tokens[start].Span.Start..tokens[nameEnd - 1].Span.End], Role = role,
                Country = country ?? again.Country, Sector = sector ?? again.Sector, Evidence = evidence + "; " + again.Evidence };
        }
        else
        {
            string name = text[tokens[nameStart].Span.Start..tokens[nameEnd - 1].Span.End];
            mention = new ActorMention(Span(tokens, start, nameEnd), text[tokens[start].Span.Start..tokens[nameEnd - 1].Span.End], ActorKind.Person,
                name, role, country, sector, null, null, evidence + "; person not in the knowledge base: kept as the text gives it");
        }
        return new Apposition(mention with { TitleSpan = Span(tokens, titleStart, titleEnd), OfficeKind = title.IsOffice ? title.Kind : null }, nameEnd);
    }

    /// <summary>A person found by the knowledge base: the text's role, country and sector win over the KB's.</summary>
    private static ActorMention FromKb(string text, List<EntityToken> tokens, int start, int end, KbActor kb, DateOnly? asOf,
        string? role, string? country, string? sector, string evidence)
    {
        var office = kb.OfficeOn(asOf);
        string surface = text[tokens[start].Span.Start..tokens[end - 1].Span.End];
        return new ActorMention(Span(tokens, start, end), surface, ActorKind.Person, DistinguishingName(kb, surface),
            role ?? office?.Role, country ?? office?.Country, country is not null && sector is null && country is "UNO" or "IGO" ? null : sector ?? office?.Sector,
            kb.WikidataId, kb.Id, evidence + (office is null ? "" : $"; office as of {asOf?.ToString("yyyy-MM-dd") ?? "an unknown date"}: {office.Code} {office.From}..{office.To} ({office.Source})"));
    }

    /// <summary>
    /// The knowledge base's name, unless the entry lists names that differ only in their middle parts ("George H. W. Bush",
    /// "George W. Bush" under one "George Bush") and the text gives one of them in full: then the text's name, which tells
    /// the people apart.
    /// </summary>
    private static string DistinguishingName(KbActor kb, string surface)
    {
        var words = NameFold.Words(surface).ToList();
        var canon = NameFold.Words(kb.Name).ToList();
        if (words.Count <= canon.Count || canon.Count < 2) return kb.Name;
        string loose = NameFold.LooseName(words);
        string first = NameFold.Loose(words[0]), last = NameFold.Loose(words[^1]);
        bool listed = false;
        var middles = new HashSet<string>(StringComparer.Ordinal);
        foreach (string a in kb.Aliases)
        {
            var aw = NameFold.Words(a).ToList();
            if (aw.Count < 3 || NameFold.Loose(aw[0]) != first || NameFold.Loose(aw[^1]) != last) continue;
            string key = NameFold.LooseName(aw);
            listed |= key == loose;
            middles.Add(key);
        }
        return listed && middles.Count >= 2 ? string.Join(' ', surface.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)) : kb.Name;
    }

    private KbActor? FindPerson(IReadOnlyList<string> words, string? country, string kind, DateOnly? asOf, KnownPeople known)
    {
        string loose = NameFold.LooseName(words);
        if (words.Count == 1)
        {
            // A surname alone is the person the article has already named in full, in the knowledge base or not: "President
            // Okafor" after "President Ngozi Okafor" is her, never a namesake the knowledge base holds.
            for (int k = known.Mentions.Count - 1; k >= 0; k--)
            {
                if (known.Mentions[k].Name is null || known.Last[k] != loose) continue;
                return known.Mentions[k].KbId is { } id ? Resources.Kb.ById(id) : null;
            }
        }
        var candidates = Resources.Kb.ByName(loose).Where(a => a.Kind == ActorKind.Person).ToList();
        if (candidates.Count == 0 && words.Count == 1)
        {
            // A surname alone is weak evidence: the spelling must be the text's, not only its transliteration class
            // ("Tromp" is no reading of "Trump").
            string plain = NameFold.Plain(words[0]);
            candidates = [.. Resources.Kb.BySurname(loose).Where(a => a.Aliases.Prepend(a.Name).Any(n => NameFold.Words(n).LastOrDefault() is { } last && NameFold.Plain(last) == plain))];
        }
        return Choose(candidates, country, asOf, loose);
    }

    private static KbActor? Choose(List<KbActor> candidates, string? country, DateOnly? asOf, string? looseName = null)
    {
        if (looseName is not null && candidates.Count > 1)
        {
            // The entry whose own name is what the text says, before entries that list it only as an alias.
            var named = candidates.Where(a => NameFold.LooseName(a.Name) == looseName).ToList();
            if (named.Count > 0) candidates = named;
        }
        if (country is not null)
        {
            var same = candidates.Where(a => a.Offices.Any(o => o.Country == country)).ToList();
            if (same.Count > 0) candidates = same;
        }
        if (candidates.Count > 1 && asOf is { } d)
        {
            var active = candidates.Where(a => a.Offices.Any(o => o.Sector != "ELI" && (o.From is not null || o.To is not null) && o.Covers(d))).ToList();
            if (active.Count > 0) candidates = active;
        }
        if (candidates.Count > 1)
        {
            // Still ambiguous: the one sources know best (Wikidata id, most offices), never an arbitrary pick.
            var ranked = candidates.OrderByDescending(a => a.WikidataId is null ? 0 : 1).ThenByDescending(a => a.Offices.Count).ToList();
            if (ranked[0].Offices.Count == ranked[1].Offices.Count && (ranked[0].WikidataId is null) == (ranked[1].WikidataId is null)) return null;
            return ranked[0];
        }
        return candidates.Count == 1 ? candidates[0] : null;
    }

    private KbActor? PickActor(PhraseMatch m, DateOnly? asOf)
    {
        List<KbActor>? persons = null;
        KbActor? firstOrg = null;
        foreach (var c in m.Candidates)
        {
            if (c.Kind != CandidateKind.Actor) continue;
            var a = Resources.Kb.Actors[c.Index];
            if (a.Kind == ActorKind.Person) (persons ??= []).Add(a);
            else if (a.Kind == ActorKind.Organisation) firstOrg ??= a;
        }
        if (persons is not null && m.End - m.Start >= 2) return Choose(persons, null, asOf);
        if (firstOrg is not null) return firstOrg;
        return persons is not null ? Choose(persons, null, asOf) : null;
    }

    private ActorMention? SameAsKnown(string text, List<EntityToken> tokens, int start, int end, KnownPeople known)
    {
        if (known.Mentions.Count == 0) return null;
        var words = new List<string>(end - start);
        for (int w = start; w < end; w++) if (tokens[w].IsWord) words.Add(tokens[w].Key);
        string loose = NameFold.LooseName(words);
        if (loose.Length == 0) return null; // "An", "Al": particles only, no name
        for (int i = known.Mentions.Count - 1; i >= 0; i--)
        {
            var k = known.Mentions[i];
            if (k.Name is null) continue;
            if (known.Full[i] == loose || known.Last[i] == loose || known.Written[i] == loose)
                return k with { Span = Span(tokens, start, end), Text = text[tokens[start].Span.Start..tokens[end - 1].Span.End], TitleSpan = null, OfficeKind = null, Evidence = $"same person as '{k.Text}' earlier in the article" };
        }
        return null;
    }

    /// <summary>A run of capitalised words (initials, "al-", hyphenated parts allowed), up to four: a person's name.</summary>
    private static List<string>? PersonName(List<EntityToken> tokens, int start, out int end)
    {
        var words = new List<string>();
        int k = start;
        // "S.Lavrov": an initial glued to the surname.
        bool afterInitial = false;
        while (k < tokens.Count && words.Count < 5)
        {
            var t = tokens[k];
            // A name does not run on across a sentence or paragraph break ("… Mouaz al-Khatib\n\nAccording …").
            if (words.Count > 0 && t.Is(TokenShape.SentenceStart) && !afterInitial) break;
            afterInitial = false;
            if (t.IsWord && (t.Is(TokenShape.Capitalized) || (t.Is(TokenShape.AfterHyphen) && words.Count > 0) || (NameFold.IsArticleParticle(t.Key) && k + 1 < tokens.Count && tokens[k + 1].Is(TokenShape.AfterHyphen))))
            {
                if (t.Is(TokenShape.AllCaps) && t.Key.Length > 3) break;
                words.Add(t.Key);
                k++;
                if (k < tokens.Count && IsPeriod(tokens[k]) && t.Key.Length == 1 && k + 1 < tokens.Count && tokens[k + 1].Is(TokenShape.Capitalized)) { k++; afterInitial = true; }
                continue;
            }
            break;
        }
        end = k;
        return words.Count > 0 ? words : null;
    }

    /// <summary>Start of the sentence that holds <paramref name="at"/>: after the last '.', '!', '?' followed by white space, or a line break.</summary>
    private static int SentenceStartOf(string text, int at)
    {
        for (int q = at - 1; q > 0; q--)
        {
            if (text[q] == '\n') return q + 1;
            // "U.S. officials", "George W. Bush": a period after a capital letter ends no sentence; after a word or number it does.
            if (text[q] is '.' or '!' or '?' && char.IsWhiteSpace(text[q + 1]) && (text[q] != '.' || !char.IsUpper(text[q - 1]))) return q + 1;
        }
        return 0;
    }

    /// <summary>
    /// A described group with no country of its own takes the country of the nearest state, government body or place named
    /// before it in the same sentence ("the Syrian government's crackdown on protesters" → SYR; "in Georgia, where …
    /// opposition protesters" → GEO); so does a person the text only describes ("…, a military spokesman said").
    /// </summary>
    private static void CountriesFromContext(string text, List<ActorMention> actors, List<PlaceMention> places)
    {
        for (int i = 0; i < actors.Count; i++)
        {
            var g = actors[i];
            if (!(g.Kind == ActorKind.Group || DescribedPerson(g)) || g.Country is not null || g.RoleNoun) continue;
            int from = SentenceStartOf(text, g.Span.Start);
            (int At, string Country, string Text)? best = null;
            foreach (var a in actors)
                if (a.Span.End <= g.Span.Start && a.Span.Start >= from && a.Country is { } c && c is not ("UNO" or "IGO" or "NGO" or "MNC" or "EUR")
                    && a.Kind is ActorKind.State or ActorKind.Group or ActorKind.Organisation && (best is null || a.Span.Start > best.Value.At))
                    best = (a.Span.Start, c, a.Text);
            foreach (var p in places)
                if (p.Span.End <= g.Span.Start && p.Span.Start >= from && p.Country is { } c && (best is null || p.Span.Start > best.Value.At) && LendsCountry(text, p, g))
                    best = (p.Span.Start, c, p.Text);
            if (best is { } b)
                actors[i] = g with { Country = b.Country, Evidence = g.Evidence + $"; country {b.Country} from '{b.Text}' earlier in the sentence" };
        }
    }

    /// <summary>
    /// A person the text names by surname only and the knowledge base could not pin down ("Secretary of State Clinton"
    /// before "Hillary Clinton's visit") is the person of that surname the article names in full elsewhere, if only one.
    /// </summary>
    private static void SurnamesFromFullNames(List<ActorMention> actors)
    {
        for (int i = 0; i < actors.Count; i++)
        {
            var a = actors[i];
            if (a.Kind != ActorKind.Person || a.KbId is not null || a.Name is null || a.Name.Contains(' ')) continue;
            string key = NameFold.Loose(a.Name);
            var full = actors.Where(p => p.Kind == ActorKind.Person && p.KbId is not null && p.Name is { } n && n.Contains(' ')
                && NameFold.Loose(NameFold.Words(n).Last()) == key).GroupBy(p => p.KbId).ToList();
            if (full.Count != 1) continue;
            var f = full[0].First();
            actors[i] = a with { Name = f.Name, KbId = f.KbId, WikidataId = f.WikidataId, Country = a.Country ?? f.Country, Sector = a.Sector ?? f.Sector,
                Evidence = a.Evidence + $"; the same person as '{f.Text}' named in full in the article" };
        }
    }

    /// <summary>
    /// "his son, Ngozi Okafor" where the article or the knowledge base knows another Okafor: a person the NER finds whose
    /// last word alone was read as someone else (a knowledge-base surname, or a surname named before) is a different
    /// person when the words before it are given names, not titles, nationality or country words, and the first of
    /// them is not that person's given name. The one-word reading is dropped, and so is a place read in the given names,
    /// so the NER's full name is read instead.
    /// </summary>
    private void DropSurnameInsideLongerName(List<EntityToken> tokens, PhraseMatch?[] matches, List<ActorMention> actors, List<Span> taken,
        List<(int Start, int End, PhraseMatch Match)> placeSpans, int a, int b)
    {
        if (b - a < 2) return;
        var last = tokens[b - 1].Span;
        int j = actors.FindIndex(x => x.Kind == ActorKind.Person && x.Span == last);
        if (j < 0) return;
        for (int k = a; k < b - 1; k++)
        {
            if (!tokens[k].IsWord || !tokens[k].Is(TokenShape.Capitalized)) return;
            if (matches[k] is { } mk && (mk.Has(CandidateKind.Title) || mk.Has(CandidateKind.Demonym) || mk.Has(CandidateKind.Country))) return;
        }
        var x = actors[j];
        string given = NameFold.Loose(tokens[a].Key);
        var names = new List<string>();
        if (x.Name is not null) names.Add(x.Name);
        if (x.KbId is { } id && Resources.Kb.TryById(id, out var kb)) names.AddRange(kb.Aliases.Prepend(kb.Name));
        // "S. Lavrov", "S.Lavrov": an initial agrees with the given name it abbreviates.
        bool initial = NameFold.Plain(tokens[a].Key).Length == 1;
        if (names.Any(n => NameFold.Words(n).ToList() is { Count: >= 2 } w
            && (initial ? NameFold.Plain(w[0]).StartsWith(NameFold.Plain(tokens[a].Key), StringComparison.Ordinal) : NameFold.Loose(w[0]) == given))) return;
        actors.RemoveAt(j);
        taken.RemoveAll(s => s == last);
        // A given name the gazetteer also lists as a town ("Hunter", "Jordan") is part of the name, not a place.
        foreach (var p in placeSpans.Where(p => p.Start >= a && p.End <= b - 1).ToList())
        {
            placeSpans.Remove(p);
            var ps = Span(tokens, p.Start, p.End);
            taken.RemoveAll(s => s == ps);
        }
    }

    /// <summary>
    /// "General Okoro" matched in the knowledge base by the surname alone is not that entry when the article names
    /// someone else in full with that surname ("Emeka Okoro", found by the NER after the appositions were read): the
    /// mention, and the ones copied from it, become the nearest person named in full with that surname before it, keeping
    /// the title the text gives.
    /// </summary>
    private static void SurnameGuessesYieldToFullNames(string text, List<ActorMention> actors)
    {
        // The capitalised words of a person mention after its title: the name as the text writes it.
        List<string> WrittenName(ActorMention m)
        {
            int start = m.TitleSpan is { } title && title.End <= m.Span.End ? title.End : m.Span.Start;
            return [.. NameFold.Words(text[start..m.Span.End]).Where(w => w.Length > 0 && char.IsUpper(w[0]))];
        }

        for (int i = 0; i < actors.Count; i++)
        {
            var a = actors[i];
            if (a.Kind != ActorKind.Person || a.KbId is null || a.Antecedent is not null) continue;
            var written = WrittenName(a);
            if (written.Count != 1) continue;
            string key = NameFold.Loose(written[0]);
            // The nearest person named in full with that surname before it (coreference reads back, not ahead).
            var f = actors.Where(p => p.Kind == ActorKind.Person && p.Span.End <= a.Span.Start && p.Name is { } n && n.Contains(' ') && p.KbId != a.KbId
                && NameFold.Loose(NameFold.Words(n).Last()) == key).MaxBy(p => p.Span.Start);
            // The knowledge base's person named in full in the article too ("Sergei Lavrov" … "Oleg Lavrov" … "Lavrov"): ambiguous, kept.
            if (f is null || actors.Any(p => p.KbId == a.KbId && p.Antecedent is null && WrittenName(p).Count >= 2)) continue;
            bool textCountry = a.Country is { } c && a.Evidence.Contains($"country {c} from", StringComparison.Ordinal);
            actors[i] = a with { Name = f.Name, KbId = f.KbId, WikidataId = f.WikidataId, Country = textCountry ? a.Country : f.Country,
                Sector = a.TitleSpan is not null ? a.Sector : f.Sector, Role = a.TitleSpan is not null ? a.Role : f.Role,
                Evidence = (a.TitleSpan is not null ? a.Evidence.Split(';')[0] + "; " : "") + $"the same person as '{f.Name}' named in full before it, not the knowledge base's namesake {a.KbId}" };
        }
    }

    /// <summary>
    /// Role nouns ("the Russian foreign minister", "Russia's top diplomat", "the U.S. president") become the person the
    /// article names in that role — the nearest before, else the nearest after in the next sentences — matched by office
    /// kind (the title's, or one of the person's offices in the knowledge base) and country; else the knowledge base's
    /// single holder of that office on the reference date; else they stay a nameless person with the role, sector and
    /// country the text gives — a bare "the minister" with no one to point at too (SPEC §6: unknown people are still
    /// actors, never dropped).
    /// </summary>
    private void ResolveRoleNouns(string text, List<ActorMention> actors, DateOnly? asOf)
    {
        for (int i = 0; i < actors.Count; i++)
        {
            var r = actors[i];
            // "the Russian and American presidents": each member is a role noun of its own country.
            if (r.Kind == ActorKind.Group && r.RoleNoun && r.Members is { Count: > 0 } members && members.All(m => m.RoleNoun && m.Name is null))
            {
                var resolved = members.Select(m => ResolveRole(m, actors, asOf) ?? m).ToList();
                actors[i] = r with { Members = resolved, Evidence = r.Evidence + " → " + string.Join(" and ", resolved.Select(m => m.Name ?? m.Country)) };
                continue;
            }
            if (!r.RoleNoun || r.Kind != ActorKind.Person) continue;
            if (ResolveRole(r, actors, asOf) is { } found) actors[i] = found;
            else if (r.Country is null) actors[i] = r with { Evidence = r.Evidence + "; no one in the article or the knowledge base to point at: kept as the text gives it" };
        }
    }

    /// <summary>
    /// The person a role noun stands for: the nearest person named with the same role (before it, else just after it),
    /// else the knowledge base's only holder of the office on the reference date; null when neither is found.
    /// </summary>
    private ActorMention? ResolveRole(ActorMention r, List<ActorMention> actors, DateOnly? asOf)
    {
        ActorMention? best = null;
        int bestDistance = int.MaxValue;
        foreach (var p in actors)
        {
            if (p.Kind != ActorKind.Person || p.Name is null || p.RoleNoun) continue;
            if (!SameRole(r, p, asOf)) continue;
            // Before: any distance, nearest first; after: within about two sentences, and only if none before.
            int d = p.Span.End <= r.Span.Start ? r.Span.Start - p.Span.End : p.Span.Start >= r.Span.End && p.Span.Start - r.Span.End < 400 ? 100000 + p.Span.Start - r.Span.End : int.MaxValue;
            if (d < bestDistance) { bestDistance = d; best = p; }
        }
        if (best is not null)
        {
            return r with
            {
                Name = best.Name, Role = best.Role ?? r.Role, Country = r.Country ?? best.Country, Sector = best.Sector ?? r.Sector,
                WikidataId = best.WikidataId, KbId = best.KbId, Antecedent = best.Span,
                Evidence = r.Evidence + $"; the same person as '{best.Text}' {(best.Span.Start < r.Span.Start ? "before" : "after")} it (same {(r.OfficeKind ?? (r.Role is { } rl && rl.EndsWith("leader", StringComparison.OrdinalIgnoreCase) ? "leading office" : "title"))}{(r.Country is null ? "" : ", same country")})",
            };
        }
        if (r.OfficeKind is { } kind && r.Country is { } country && asOf is { } d0)
        {
            var holders = Resources.Holders(kind, country).Where(h => h.Office.Covers(d0) && (h.Office.From is not null || h.Office.To is not null))
                .Select(h => h.Actor).Distinct().ToList();
            if (holders.Count == 1)
            {
                var kb = holders[0];
                var off = kb.OfficeOn(asOf);
                return r with { Name = kb.Name, WikidataId = kb.WikidataId, KbId = kb.Id, Sector = r.Sector ?? off?.Sector,
                    Evidence = r.Evidence + $"; the knowledge base's holder of {kind} ({country}) on {d0:yyyy-MM-dd}: {kb.Name} ({kb.Id})" };
            }
        }
        return null;
    }

    private bool SameRole(ActorMention role, ActorMention person, DateOnly? asOf)
    {
        if (role.Country is { } c && person.Country != c) return false;
        if (role.OfficeKind is { } kind)
        {
            if (person.OfficeKind == kind) return true;
            if (person.KbId is { } id && Resources.Kb.ById(id).Offices.Any(o => (role.Country is null || o.Country == role.Country)
                && Resources.Lexicon.OfficeKind(o.Role) == kind && (asOf is not { } d || o.Covers(d)))) return true;
            return false;
        }
        // A country's "leader" is its head of state or government.
        if (role.Role is { } lr && lr.EndsWith("leader", StringComparison.OrdinalIgnoreCase) && role.Country is not null)
            return person.OfficeKind is "president" or "prime-minister" or "head-of-state"
                || person.Role is { } hr && (hr.Equals("President", StringComparison.OrdinalIgnoreCase) || hr.Equals("Prime Minister", StringComparison.OrdinalIgnoreCase));
        // No office kind ("the spokeswoman", "the envoy"): the person's own title has the same last word.
        return person.Role is { } pr && role.Role is { } rr
            && string.Equals(pr.Split(' ')[^1], rr.Split(' ')[^1], StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// "The two sides", "both leaders": the two most recent distinct actors of the right kind before the phrase —
    /// governments for sides, parties and countries; named people for leaders, presidents and ministers.
    /// </summary>
    private static void ResolveMembers(List<ActorMention> actors)
    {
        for (int i = 0; i < actors.Count; i++)
        {
            var g = actors[i];
            if (!g.RoleNoun || g.Kind != ActorKind.Group || g.Members is { Count: > 0 }) continue;
            bool people = g.Text.EndsWith("leaders", StringComparison.OrdinalIgnoreCase) || g.Text.EndsWith("presidents", StringComparison.OrdinalIgnoreCase)
                || g.Text.EndsWith("ministers", StringComparison.OrdinalIgnoreCase);
            // Salience: how often each was named before the phrase, the latest mention breaking ties.
            var tally = new Dictionary<string, (int Count, int Last, ActorMention Mention)>(StringComparer.Ordinal);
            for (int k = 0; k < i; k++)
            {
                var a = actors[k];
                if (a.RoleNoun && a.Name is null) continue;
                string? key = people ? (a.Kind == ActorKind.Person && (!g.Text.EndsWith("leaders", StringComparison.OrdinalIgnoreCase) && !g.Text.EndsWith("presidents", StringComparison.OrdinalIgnoreCase)
                        || a.Role is { } role && (role.Contains("President", StringComparison.OrdinalIgnoreCase) || role.Contains("Prime Minister", StringComparison.OrdinalIgnoreCase)
                            || role.Contains("King", StringComparison.OrdinalIgnoreCase) || role.Contains("Leader", StringComparison.OrdinalIgnoreCase))) ? a.Name : null)
                    : a.Kind is ActorKind.State || a.Kind == ActorKind.Organisation && a.Sector == "GOV" && a.Country is { Length: 3 } || a.Kind == ActorKind.Person && a.Sector == "GOV" ? a.Country : null;
                if (key is null) continue;
                var m = people ? a : a with { Kind = ActorKind.State, Name = null, Role = null, Sector = "GOV", WikidataId = null, KbId = null };
                tally[key] = (tally.GetValueOrDefault(key).Count + 1, k, tally.TryGetValue(key, out var t0) ? t0.Mention : m);
            }
            var members = tally.Values.OrderByDescending(t => t.Count).ThenByDescending(t => t.Last).Take(2).OrderBy(t => t.Mention.Span.Start).Select(t => t.Mention).ToList();
            if (members.Count == 2)
            {
                actors[i] = g with { Members = members, Evidence = g.Evidence + $" → {string.Join(" and ", members.Select(m => m.Name ?? m.Country))} (the two {(people ? "people" : "states")} named most often before it)" };
            }
        }
    }

    private static readonly (string Word, string Sector)[] BodySectors =
    [
        ("ministry", "GOV"), ("government", "GOV"), ("department", "GOV"), ("office", "GOV"), ("embassy", "GOV"), ("council", "GOV"),
        ("army", "MIL"), ("forces", "MIL"), ("navy", "MIL"), ("command", "MIL"), ("party", "PTY"), ("parliament", "LEG"), ("court", "JUD"),
        ("newspaper", "JRN"), ("news", "JRN"), ("times", "JRN"), ("post", "JRN"), ("tv", "JRN"), ("radio", "JRN"), ("agency", "JRN"), ("channel", "JRN"),
        ("bank", "BUS"), ("company", "BUS"), ("corporation", "BUS"), ("university", "EDU"),
    ];

    /// <summary>
    /// Named-entity mentions the gazetteer and knowledge base left unread: a person (the knowledge base by full name, an
    /// earlier mention by surname, else the name as written with a country from an adjective just before it) or an
    /// organisation (its name as written; country from a demonym in the name or a possessive country before it, "Russia's
    /// Kommersant"; sector from a word of the name or a group noun after it, "… newspaper").
    /// </summary>
    private void AddNamed(string text, List<EntityToken> tokens, PhraseMatch?[] matches, IReadOnlyList<(Span Span, string Type)> named, DateOnly? asOf,
        KnownPeople known, List<ActorMention> actors, List<(int Start, int End, PhraseMatch Match)> placeSpans)
    {
        // A bare group noun inside a name ("ministry" in "Russian Foreign Ministry") gives way to the name.
        bool Bare(ActorMention x) => x.Kind == ActorKind.Group && x.Country is null && !x.RoleNoun;
        var taken = actors.Where(x => !Bare(x)).Select(a => a.Span).Concat(placeSpans.Select(p => Span(tokens, p.Start, p.End))).OrderBy(x => x.Start).ToList();
        int t = 0;
        foreach (var (span, nerType) in named.OrderBy(n => n.Span.Start))
        {
            string type = nerType;
            if (type is not ("PER" or "ORG")) continue;
            while (t < tokens.Count && tokens[t].Span.Start < span.Start) t++;
            int a = t, b = t;
            while (b < tokens.Count && tokens[b].Span.End <= span.End) b++;
            if (a < tokens.Count && tokens[a].Key == "the") a++;
            if (type == "PER") DropSurnameInsideLongerName(tokens, matches, actors, taken, placeSpans, a, b);
            // Overlapping what is taken, only a body named for the place it starts with goes on ("Kabul University").
            bool placeNamed = false;
            if (taken.Any(x => x.Overlaps(span)))
            {
                placeNamed = type == "ORG" && !actors.Any(x => !Bare(x) && x.Span.Overlaps(span)) && InstitutionNamedForPlace(text, tokens, a, b, placeSpans);
                if (!placeNamed) continue;
            }
            while (b > a && !tokens[b - 1].IsWord) b--; // "Ministry's", "(…)"
            if (b <= a || !tokens[a].IsWord) continue;
            var words = new List<string>();
            for (int k = a; k < b; k++) if (tokens[k].IsWord) words.Add(tokens[k].Key);
            string surface = text[tokens[a].Span.Start..tokens[b - 1].Span.End];
            ActorMention? mention = null;
            // A body named again ("told Kommersant"): the earlier reading, whatever the tagger calls it this time.
            if (actors.LastOrDefault(x => x.Kind == ActorKind.Organisation && x.Span.End <= span.Start && string.Equals(x.Name, surface, StringComparison.OrdinalIgnoreCase)) is { } same)
            {
                actors.Add(same with { Span = Span(tokens, a, b), Text = surface, Evidence = $"same body as '{same.Text}' earlier in the article (NER {nerType})" });
                taken.Add(Span(tokens, a, b));
                continue;
            }
            // A "person" followed by a group noun of the press or a body word in it ("Kommersant newspaper") is a body.
            if (type == "PER" && (b < tokens.Count && matches[b] is { } next && next.First(CandidateKind.Title) is { } nt && Resources.Lexicon.Titles[nt.Index] is { IsGroup: true, Sector: "JRN" }
                || words.Any(w => BodySectors.Any(x => x.Word == w))))
                type = "ORG";
            if (type == "PER")
            {
                if (!tokens[a].Is(TokenShape.Capitalized)) continue;
                if (words.Count >= 2 && FindPerson(words, null, "person", asOf, known) is { } kb)
                    mention = FromKb(text, tokens, a, b, kb, asOf, null, null, null, "NER person; name from the knowledge base");
                else if (SameAsKnown(text, tokens, a, b, known) is { } again)
                    mention = again with { Evidence = again.Evidence + " (NER person)" };
                else
                {
                    string? country = a > 0 && matches[a - 1] is { } dm && dm.End == a && dm.First(CandidateKind.Demonym) is { } dc ? Resources.Gazetteer.Countries[dc.Index].Iso3 : null;
                    mention = new ActorMention(Span(tokens, a, b), surface, ActorKind.Person, surface, null, country, null, null, null,
                        "NER person, not in the knowledge base: kept as the text gives it" + (country is null ? "" : $"; country {country} from the adjective before it"));
                }
                known.Add(mention);
            }
            else
            {
                string? country = null, why = null;
                for (int k = a; k < b && country is null; k++)
                    if (matches[k] is { } m && (m.First(CandidateKind.Demonym) ?? m.First(CandidateKind.Country)) is { } c)
                    { country = Resources.Gazetteer.Countries[c.Index].Iso3; why = $"country {country} from '{text[tokens[k].Span.Start..tokens[m.End - 1].Span.End]}' in the name"; }
                if (country is null && a >= 2 && tokens[a - 1].Is(TokenShape.Possessive))
                    for (int k = Math.Max(0, a - 5); k < a - 1; k++)
                        if (matches[k] is { } m && m.End == a - 1 && m.First(CandidateKind.Country) is { } c)
                        { country = Resources.Gazetteer.Countries[c.Index].Iso3; why = $"country {country} from '{text[tokens[k].Span.Start..tokens[a - 2].Span.End]}'s'"; }
                string? sector = null;
                foreach (string w in words)
                    foreach (var (word, sec) in BodySectors) if (sector is null && w == word) { sector = sec; why = (why is null ? "" : why + "; ") + $"sector {sec} from '{w}'"; }
                if (sector is null && b < tokens.Count && matches[b] is { } after && after.First(CandidateKind.Title) is { } tt && Resources.Lexicon.Titles[tt.Index] is { IsGroup: true, Sector: { } ts })
                { sector = ts; why = (why is null ? "" : why + "; ") + $"sector {ts} from '{Resources.Lexicon.Titles[tt.Index].Phrase}' after it"; }
                mention = new ActorMention(Span(tokens, a, b), surface, ActorKind.Organisation, surface, null, country, sector, null, null,
                    "NER organisation, not in the knowledge base" + (why is null ? "" : "; " + why)) { PlaceNamed = placeNamed };
            }
            actors.RemoveAll(x => Bare(x) && mention.Span.Contains(x.Span));
            actors.Add(mention);
            taken.Add(mention.Span);
        }
    }

    private List<PlaceMention> ResolvePlaces(string text, List<EntityToken> tokens, List<(int Start, int End, PhraseMatch Match)> spans, List<ActorMention> actors)
    {
        var gaz = Resources.Gazetteer;
        // Context: the countries the article names (countries, adjectives, resolved actors) and the countries of unambiguous places.
        var context = new Dictionary<string, int>(StringComparer.Ordinal);
        void Count(string? iso) { if (iso is not null) context[iso] = context.GetValueOrDefault(iso) + 1; }
        foreach (var a in actors) Count(a.Country);
        foreach (var (_, _, m) in spans)
        {
            foreach (var c in m.Candidates.Where(c => c.Kind is CandidateKind.Country)) Count(gaz.Countries[c.Index].Iso3);
            var ps = m.Candidates.Where(c => c.Kind == CandidateKind.Place).Select(c => gaz.Places[c.Index]).ToList();
            if (ps.Count > 0 && ps.Select(p => p.Iso3).Distinct().Count() == 1) Count(ps[0].Iso3);
        }
        var result = new List<PlaceMention>();
        foreach (var (s, e, m) in spans)
        {
            if (actors.Any(a => a.Kind == ActorKind.Person && a.Span.Overlaps(Span(tokens, s, e)))) continue;
            string surface = text[tokens[s].Span.Start..tokens[e - 1].Span.End];
            var span = Span(tokens, s, e);
            if (m.First(CandidateKind.Country) is { } cc)
            {
                var c = gaz.Countries[cc.Index];
                result.Add(new PlaceMention(span, surface, c.Name, null, c.Lat, c.Lon, c.Iso3, 'A', "PCLI", "country name (world-countries)"));
                continue;
            }
            if (m.First(CandidateKind.Region) is { } rc)
            {
                var r = Resources.Lexicon.Regions[rc.Index];
                result.Add(new PlaceMention(span, surface, r.Name, r.GeonameId == 0 ? null : r.GeonameId, r.Lat, r.Lon, null, 'L', "RGN", "world region (data/entities/regions.txt)"));
                continue;
            }
            var cands = m.Candidates.Where(c => c.Kind == CandidateKind.Place).Select(c => gaz.Places[c.Index]).Distinct().ToList();
            if (cands.Count == 0) continue;
            // A single capitalised word at a sentence start may be an ordinary word ("Police", "Split"): only sizeable places then.
            if (e - s == 1 && tokens[s].Is(TokenShape.SentenceStart) && !cands.Any(p => p.IsCapital || p.Population >= 100000)) continue;
            // Month and weekday names are dates, not towns ("in March", "on Friday").
            if (e - s == 1 && CalendarWords.Contains(tokens[s].Key)) continue;
            PlaceRecord best = cands[0];
            double bestScore = double.MinValue;
            string why = "";
            foreach (var p in cands)
            {
                int inDoc = context.GetValueOrDefault(p.Iso3);
                // The article's countries tip the balance between places of similar size; they do not make a town of
                // 20,000 outweigh a city ten times larger ("Geneva" beside Obama is still in Switzerland).
                double score = Math.Log10(p.Population + 1) + (p.IsCapital ? 2 : p.FeatureCode == "PPLA" ? 0.5 : 0) + (inDoc > 0 ? 1 + Math.Min(inDoc, 5) * 0.2 : 0);
                if (score > bestScore)
                {
                    bestScore = score; best = p;
                    why = $"{cands.Count} candidate{(cands.Count == 1 ? "" : "s")}; chosen by population {p.Population:N0}" + (p.IsCapital ? ", national capital" : "")
                        + (inDoc > 0 ? $", {p.Iso3} named {inDoc}× in the article" : "");
                }
            }
            result.Add(new PlaceMention(span, surface, best.Name, best.GeonameId, best.Lat, best.Lon, best.Iso3, best.FeatureClass, best.FeatureCode, why));
        }
        return result;
    }

    private string? DemonymCountry(KbActor org)
    {
        foreach (string n in org.Aliases.Prepend(org.Name))
            foreach (string w in NameFold.Words(n))
                foreach (var c in Resources.Lookup(NameFold.Plain(w)))
                    if (c.Kind == CandidateKind.Demonym) return Resources.Gazetteer.Countries[c.Index].Iso3;
        return null;
    }

    private static bool IsLocative(List<EntityToken> tokens, int i)
    {
        for (int k = i - 1; k >= 0 && k >= i - 3; k--)
        {
            if (Locative.Contains(tokens[k].Key)) return true;
            if (tokens[k].Key is "the" or "and" || tokens[k].Is(TokenShape.Capitalized)) continue;
            return false;
        }
        return false;
    }

    private static int? NextIsTitleOrGroup(PhraseMatch?[] matches, int at) =>
        at < matches.Length && matches[at] is { } m && m.Has(CandidateKind.Title) ? at : null;

    /// <summary>A "." token (its key folds to nothing).</summary>
    private static bool IsPeriod(EntityToken t) => t.Is(TokenShape.Punct) && t.Key.Length == 0;

    private static void Consume(bool[] consumed, int from, int to) { for (int k = from; k < to; k++) consumed[k] = true; }

    private static Span Span(List<EntityToken> tokens, int start, int end) => new(tokens[start].Span.Start, tokens[end - 1].Span.End);

    /// <summary>At each token, the longest gazetteer phrase that starts there and passes the case rules; null where none.</summary>
    public PhraseMatch?[] MatchAll(List<EntityToken> tokens)
    {
        var result = new PhraseMatch?[tokens.Count];
        Span<int> phraseLens = stackalloc int[Resources.MaxPhraseTokens + 1];
        char[] buffer = new char[256];
        for (int i = 0; i < tokens.Count; i++)
            if (tokens[i].IsWord) result[i] = MatchAt(tokens, i, ref buffer, phraseLens);
        return result;
    }

    /// <summary>Whether the longest phrase at the first of <paramref name="tokens"/> reads as an office title ("Secretary of State").</summary>
    internal bool StartsOfficeTitle(List<EntityToken> tokens)
    {
        if (tokens.Count == 0 || !tokens[0].IsWord) return false;
        Span<int> phraseLens = stackalloc int[Resources.MaxPhraseTokens + 1];
        char[] buffer = new char[256];
        return MatchAt(tokens, 0, ref buffer, phraseLens)?.First(CandidateKind.Title) is { } t && Resources.Lexicon.Titles[t.Index].IsOffice;
    }

    private PhraseMatch? MatchAt(List<EntityToken> tokens, int i, ref char[] buffer, Span<int> phraseLens)
    {
        int max = Math.Min(tokens.Count, i + Resources.MaxPhraseTokens);
        // Extend the key word by word while some phrase still starts with it; remember the lengths that are phrases.
        int found = 0, used = 0;
        for (int e = i; e < max && tokens[e].IsWord; e++)
        {
            string key = tokens[e].Key;
            int need = used + (e > i ? 1 : 0) + key.Length;
            if (need > buffer.Length) Array.Resize(ref buffer, Math.Max(need, buffer.Length * 2));
            if (e > i) buffer[used++] = ' ';
            key.CopyTo(buffer.AsSpan(used));
            used += key.Length;
            var span = buffer.AsSpan(0, used);
            if (Resources.Lookup(span) is not null) phraseLens[found++] = e - i + 1;
            if (!Resources.IsPrefix(span)) break;
        }
        for (int f = found - 1; f >= 0; f--)
        {
            int len = phraseLens[f];
            var all = Resources.Lookup(JoinKey(buffer, tokens, i, len))!;
            int ok = 0;
            foreach (var c in all) if (CaseOk(c, tokens, i, i + len)) ok++;
            if (ok == 0) continue;
            if (ok == all.Count) return new PhraseMatch(i, i + len, all);
            var accepted = new List<Candidate>(ok);
            foreach (var c in all) if (CaseOk(c, tokens, i, i + len)) accepted.Add(c);
            return new PhraseMatch(i, i + len, accepted);
        }
        return null;
    }

    /// <summary>The key of tokens [start, start+len) as a prefix of the key already in <paramref name="buffer"/>.</summary>
    private static ReadOnlySpan<char> JoinKey(char[] buffer, List<EntityToken> tokens, int start, int len)
    {
        int n = len - 1;
        for (int k = start; k < start + len; k++) n += tokens[k].Key.Length;
        return buffer.AsSpan(0, n);
    }

    private static bool CaseOk(Candidate c, List<EntityToken> tokens, int start, int end)
    {
        if (c.AllCapsOnly)
        {
            for (int k = start; k < end; k++)
                if (!(tokens[k].Is(TokenShape.AllCaps) || tokens[k].Key.Length == 1 && tokens[k].Is(TokenShape.Capitalized))) return false;
            return true;
        }
        if (!c.Proper) return true;
        // "UN", "US" in capitals are acronyms: they never match an ordinary name ("Un", a town).
        if (end - start == 1 && tokens[start].Is(TokenShape.AllCaps) && tokens[start].Key.Length <= 4) return false;
        // A region may open with a lower-case compass word ("in eastern Europe").
        if (c.Kind == CandidateKind.Region && end - start >= 2 && tokens[start].Key is "eastern" or "western" or "northern" or "southern" or "central"
            && tokens[end - 1].Is(TokenShape.Capitalized)) return true;
        // A name: its first and last words capitalised (inner "of", "the", "al-" may be lower case).
        return tokens[start].Is(TokenShape.Capitalized)
            && (tokens[end - 1].Is(TokenShape.Capitalized) || tokens[end - 1].Is(TokenShape.AfterHyphen) || (end - start > 1 && tokens[end - 1].Is(TokenShape.Digit))); // "Group of 20"
    }
}
