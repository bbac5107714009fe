using Parley.Entities.Actors;

namespace Parley.Entities;

/// <summary>People and groups the text describes but does not name (SPEC §6: unknown people are actors, never dropped).</summary>
public sealed partial class EntityResolver
{
    /// <summary>Determiners that introduce one new, unnamed person: "a journalist", "another official", "one soldier".</summary>
    private static readonly HashSet<string> IndefiniteDeterminers = ["a", "an", "another", "one"];

    /// <summary>
    /// "a prominent journalist was shot", "an opposition activist said", "a senior Zambian government official": an
    /// indefinite determiner, up to four modifiers (lower-case words, a country name or adjective, a body or sector noun such
    /// as "opposition", "army", "government") and a singular role noun of the title lexicon, with no name after it. The
    /// phrase introduces a new person, so it is a nameless person with its role, the country of its adjective and the sector
    /// of the body it is said to belong to (else the role's own) — never linked to someone named before, as "the minister"
    /// is. A country after "anti-"/"pro-" or before "-backed" names a stance, not the person's country. The same phrase
    /// after a country's possessive with descriptive words before the role ("Peru's best-known human rights activist",
    /// which the title appositions do not read) is a role noun of that country, resolved like "Russia's top diplomat".
    /// Null otherwise.
    /// </summary>
    private (ActorMention Mention, int End)? IndefiniteRole(string text, List<EntityToken> tokens, PhraseMatch?[] matches, int start)
    {
        string? country = null, bodySector = null;
        bool possessive = false;
        int j = start + 1, modifiers = 0;
        if (!IndefiniteDeterminers.Contains(tokens[start].Key))
        {
            if (matches[start] is not { } own || (own.First(CandidateKind.Demonym) ?? own.First(CandidateKind.Country)) is not { } oc
                || own.End >= tokens.Count || !tokens[own.End].Is(TokenShape.Possessive)) return null;
            country = Resources.Gazetteer.Countries[oc.Index].Iso3;
            possessive = true;
            j = own.End + 1;
        }
        for (int n = 0; j < tokens.Count && n < 5; n++, modifiers++)
        {
            if (!tokens[j].IsWord) return null;
            if (matches[j] is { } m)
            {
                if (m.First(CandidateKind.Title) is { } tc && !Resources.Lexicon.Titles[tc.Index].IsGroup)
                {
                    var title = Resources.Lexicon.Titles[tc.Index];
                    int end = m.End;
                    // A name after the role is an apposition ("an activist, Jane Doe"), another rule's to read.
                    if (end < tokens.Count && tokens[end].Is(TokenShape.Capitalized) && !tokens[end].Is(TokenShape.SentenceStart)) return null;
                    if (end < tokens.Count && matches[end] is { } after && after.Has(CandidateKind.Title)) return null;
                    if (!EndsNounPhrase(tokens, end) || possessive && modifiers == 0) return null;
                    string role = text[tokens[j].Span.Start..tokens[end - 1].Span.End];
                    string? whose = null;
                    if (country is null && BodyAfter(text, tokens, matches, end) is { } body) (country, whose) = body;
                    string? sector = bodySector ?? title.Sector;
                    if (possessive)
                        return (new ActorMention(Span(tokens, start, end), text[tokens[start].Span.Start..tokens[end - 1].Span.End], ActorKind.Person,
                            null, role, country, sector, null, null, $"role noun '{role}', country {country} from the possessive before it")
                            { RoleNoun = true, TitleSpan = Span(tokens, j, end), OfficeKind = title.IsOffice ? title.Kind : null }, end);
                    return (new ActorMention(Span(tokens, start, end), text[tokens[start].Span.Start..tokens[end - 1].Span.End], ActorKind.Person,
                        null, role, country, sector, null, null,
                        $"indefinite role noun '{role}': a person the text describes but does not name" + (country is null ? "" : $", country {country}" + (whose is null ? "" : $" from '{whose}' after it"))
                        + (bodySector is null ? "" : $", sector {bodySector} from the body named before it")), end);
                }
                if (m.First(CandidateKind.Title) is { } gc && Resources.Lexicon.Titles[gc.Index] is { IsGroup: true } group && !group.Phrase.EndsWith('s'))
                    bodySector = group.Sector ?? bodySector; // "an opposition activist", "an army officer"
                else if ((m.First(CandidateKind.Demonym) ?? m.First(CandidateKind.Country)) is { } cc)
                {
                    if (!PatronOrStance(tokens, j, m.End)) country ??= Resources.Gazetteer.Countries[cc.Index].Iso3;
                }
                else return null; // a place, a body or a person: not a description
                j = m.End;
                continue;
            }
            // Only descriptive words may stand between: a capitalised word may be a name ("a CNN reporter"), left to NER; a
            // function word or verb ends the phrase ("a man said the journalist …").
            if (tokens[j].Is(TokenShape.Capitalized) && !tokens[j].Is(TokenShape.SentenceStart) || tokens[j].Is(TokenShape.Digit)
                || PhraseBreakers.Contains(tokens[j].Key) || IndefiniteDeterminers.Contains(tokens[j].Key)) return null;
            j++;
        }
        return null;
    }

    /// <summary>
    /// "Jane Doe, a Peruvian activist, said", "Ana Ruiz, Peru's foreign minister, …": a named person followed by a comma and a
    /// nameless role noun or described person that ends at a comma, a stop or a bracket is that person. The role noun takes
    /// the name (and knowledge-base ids), and the person takes the role, country and sector the apposition states where
    /// it had none. Runs before role nouns are resolved, so the person in apposition, who now has the role, is the one the
    /// role noun resolves to, before any knowledge-base holder of the office.
    /// </summary>
    private static void AppositiveRoles(string text, List<ActorMention> actors)
    {
        for (int i = 0; i + 1 < actors.Count; i++)
        {
            var p = actors[i];
            if (p.Kind != ActorKind.Person || p.Name is null || p.RoleNoun) continue;
            int k = i + 1;
            while (k < actors.Count && actors[k].Span.Start < p.Span.End) k++;
            if (k >= actors.Count || actors[k] is not { Kind: ActorKind.Person, Name: null } r) continue;
            string between = text[p.Span.End..r.Span.Start];
            if (between.Trim() != "," || between.Contains('\n')) continue;
            int after = r.Span.End;
            while (after < text.Length && text[after] == ' ') after++;
            if (after < text.Length && text[after] is not (',' or '.' or ';' or ')' or '\n')) continue;
            actors[i] = p with
            {
                Role = p.Role ?? r.Role, Country = p.Country ?? r.Country, Sector = p.Sector ?? r.Sector,
                // The office links a person the knowledge base does not know to the role noun; a known person's offices
                // are the knowledge base's ("X, Britain's former prime minister" dates nothing).
                OfficeKind = p.OfficeKind ?? (p.KbId is null ? r.OfficeKind : null),
                Evidence = p.Evidence + $"; '{r.Text}' after it in apposition",
            };
            actors[k] = r with
            {
                Name = p.Name, KbId = p.KbId, WikidataId = p.WikidataId, Country = r.Country ?? p.Country, Sector = r.Sector ?? p.Sector,
                Antecedent = p.Span, Evidence = r.Evidence + $"; the person named just before it, '{p.Text}' (apposition)",
            };
        }
    }

    /// <summary>Codes of bodies above or across states, which do not make a group theirs by "of".</summary>
    private static readonly HashSet<string> NonStateCodes = ["UNO", "IGO", "NGO", "MNC", "EUR"];

    /// <summary>
    /// "the interim government of President Jean Morel", "the army of Peru", "supporters of former President X": a
    /// described group with no country, followed by "of" (and "the") and a state, a named person or a body with a country
    /// right after it, is that actor's — the owner named by "of" — and takes its country. Runs before the sentence's
    /// earlier countries are lent (see CountriesFromContext), since the owner is said outright.
    /// </summary>
    private static void CountriesOfOwners(string text, List<ActorMention> actors)
    {
        for (int i = 0; i < actors.Count; i++)
        {
            var g = actors[i];
            if (g.Kind != ActorKind.Group || g.Country is not null || g.RoleNoun) continue;
            for (int k = i + 1; k < actors.Count; k++)
            {
                var o = actors[k];
                if (o.Span.Start < g.Span.End) continue;
                string between = text[g.Span.End..o.Span.Start];
                if (between is " of " or " of the " && o.Country is { Length: 3 } c && !NonStateCodes.Contains(c) && (o.Kind != ActorKind.Person || o.Name is not null))
                    actors[i] = g with { Country = c, Evidence = g.Evidence + $"; country {c} from '{o.Text}', whose it is ('of')" };
                break;
            }
        }
    }

    /// <summary>
    /// "a spokesman for the Malian embassy", "an official of the Kenyan foreign ministry", "a nurse at the French
    /// embassy": the country (or metonym's country) of the body named in a "for"/"of"/"at"/"with" phrase right after the
    /// role, within four words; null if it names none.
    /// </summary>
    private (string Country, string Text)? BodyAfter(string text, List<EntityToken> tokens, PhraseMatch?[] matches, int end)
    {
        if (end >= tokens.Count || tokens[end].Key is not ("for" or "of" or "at" or "with")) return null;
        for (int k = end + 1; k < tokens.Count && k <= end + 4 && tokens[k].IsWord; k++)
        {
            if (matches[k] is not { } m) continue;
            if ((m.First(CandidateKind.Demonym) ?? m.First(CandidateKind.Country)) is { } c)
                return (Resources.Gazetteer.Countries[c.Index].Iso3, text[tokens[k].Span.Start..tokens[m.End - 1].Span.End]);
            if (m.First(CandidateKind.Metonym) is { } me)
                return (Resources.Lexicon.Metonyms[me.Index].Country, text[tokens[k].Span.Start..tokens[m.End - 1].Span.End]);
            return null;
        }
        return null;
    }

    /// <summary>
    /// A person only described ("a military spokesman"): like a described group, it takes the country of the state or
    /// body named before it in the sentence ("Israel reimposed the closure, a military spokesman said") when it states none.
    /// </summary>
    private static bool DescribedPerson(ActorMention a) => a.Kind == ActorKind.Person && a.Name is null && !a.RoleNoun;

    /// <summary>
    /// Whether the role noun ends its phrase, so it names the person rather than modifying another noun ("a general strike",
    /// "an official visit", "a chief executive"): the text ends or has punctuation there, or the next word is a function
    /// word, an auxiliary or common verb, or a verb form ending in -s or -ed — after "a"/"an" a plural noun cannot follow
    /// the head, so "an official visits" is a verb. Any other lower-case word may be the real head, and the phrase is left.
    /// </summary>
    private static bool EndsNounPhrase(List<EntityToken> tokens, int end)
    {
        if (end >= tokens.Count || !tokens[end].IsWord) return true;
        string next = tokens[end].Key;
        if (tokens[end].Is(TokenShape.SentenceStart) || PhraseBreakers.Contains(next) || FollowingVerbs.Contains(next)) return true;
        return !tokens[end].Is(TokenShape.Capitalized) && next.Length > 3 && (next.EndsWith('s') && !next.EndsWith("ss", StringComparison.Ordinal) || next.EndsWith("ed", StringComparison.Ordinal));
    }

    /// <summary>Auxiliaries, modals and common irregular past forms that follow a subject: "a soldier will …", "an activist told …".</summary>
    private static readonly HashSet<string> FollowingVerbs = ["will", "would", "could", "can", "may", "might", "must", "should", "shall", "did", "does",
        "do", "told", "spoke", "met", "went", "gave", "took", "made", "won", "lost", "left", "came", "sent", "held", "led", "fell", "shot", "hit",
        "broke", "ran", "stood", "kept", "brought", "fought", "sought", "thought", "got", "became", "wrote", "saw", "knew", "who", "whose", "when",
        "after", "before", "while", "during", "near", "into", "over", "under", "about", "since", "against", "inside", "outside", "also", "then",
        "reportedly", "later", "today", "yesterday", "here", "there", "were", "being", "if"];

    /// <summary>Words that cannot stand inside a noun phrase before its head: the phrase is not a description.</summary>
    private static readonly HashSet<string> PhraseBreakers = ["the", "of", "to", "and", "or", "but", "in", "on", "at", "for", "with", "by", "from",
        "that", "who", "which", "was", "were", "is", "are", "be", "been", "has", "have", "had", "said", "says", "not", "as", "than"];

    /// <summary>
    /// Plural nouns that stand for actors named around them when counted ("the two sides", "both leaders", "the two
    /// presidents"): relations between parties and offices. Other plural nouns counted ("two soldiers", "two border guards")
    /// are a group the text describes, not two actors named elsewhere.
    /// </summary>
    private static readonly HashSet<string> MemberNouns = ["sides", "leaders", "presidents", "ministers", "partners", "counterparts", "parties",
        "governments", "countries", "nations", "neighbours", "neighbors"];

    private static bool CountedMeansMembers(EntityLexicon.Title title) => MemberNouns.Contains(title.Phrase.Split(' ')[^1].ToLowerInvariant());
}
