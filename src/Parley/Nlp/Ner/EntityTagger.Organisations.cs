namespace Parley.Nlp.Entities;

public sealed partial class EntityTagger
{
    /// <summary>
    /// Organisation cues after the model. (1) <b>Institution heads</b>: a name of two or more words whose head (its last word,
    /// or the word before its first "of"/"for") is a noun for an institution ("Fenwick Grammar School", "Dorrow Chess
    /// Club", "Pell County Council", "Ashby Rovers FC", "University of Keldon", "Royal Library of Vastland") is an
    /// organisation, whatever type the model gave it — the model reads schools and clubs named by their town as places.
    /// Buildings and sites (Center, Hall, Hotel, Museum, Hospital, Station) are left alone: GUM marks them as places.
    /// (2) <b>Short forms in parentheses</b>: an abbreviation alone in parentheses right after a name, whose letters are
    /// taken in order from the name's words, the first from its first word (Schwartz &amp; Hearst 2003: "Baltic Fishery
    /// Board ( BFB )"), is a mention of the name's type; its later uses in the document follow
    /// (<see cref="ShortFormRepeats"/>). (4) A name headed by a territory or division noun (<see cref="Divisions"/>) is a place. (3) A one-word mention that is only a company's legal form ("Inc.", "Ltd") is dropped.
    /// </summary>
    internal static EntitySpan[] WithOrganisationCues(EntitySpan[] spans, ReadOnlySpan<string> words)
    {
        List<EntitySpan>? result = null;
        for (int k = 0; k < spans.Length; k++)
        {
            var x = spans[k];
            if (x.Type is EntityTypes.Norp or EntityTypes.Event) continue;
            if (x.End - x.Start == 1)
            {
                // A company's legal form alone ("… Corporation , Inc.") is no name.
                if (LegalForms.Contains(words[x.Start])) (result ??= [.. spans]).Remove(x);
                continue;
            }
            if (x.Type != EntityTypes.Organisation && InstitutionHeads.Contains(words[HeadOf(words[x.Start..x.End]) + x.Start]))
            {
                result ??= [.. spans];
                result[result.IndexOf(x)] = x with { Type = EntityTypes.Organisation };
            }
            else if (x.Type != EntityTypes.Location && Divisions.Contains(words[HeadOf(words[x.Start..x.End]) + x.Start])
                && !InstitutionHeads.Contains(words[x.End - 1]))
            {
                result ??= [.. spans];
                result[result.IndexOf(x)] = x with { Type = EntityTypes.Location };
            }
        }
        for (int h = 0; h < words.Length; h++)
        {
            if (!InstitutionHeads.Contains(words[h]) || IsClosingHeadOnly(words, h)) continue;
            var (start, end) = InstitutionName(words, h);
            if (end - start < 2) continue;
            var list = result ?? [.. spans];
            // Only mentions inside the name give way to it; one reaching outside it is left as the model tagged it.
            if (list.Any(y => y.Start < end && start < y.End && (y.Start < start || y.End > end))) continue;
            if (list.Any(y => y.Start == start && y.End == end && y.Type == EntityTypes.Organisation)) continue;
            list.RemoveAll(y => y.Start < end && start < y.End);
            list.Add(new EntitySpan(start, end, EntityTypes.Organisation));
            result = list;
            h = end - 1;
        }
        var current = result is null ? spans : [.. result.OrderBy(x => x.Start)];
        for (int k = 0; k < current.Length; k++)
        {
            var x = current[k];
            int at = x.End + 1;
            if (x.Type is EntityTypes.Norp || at + 1 >= words.Length || words[x.End] != "(" || words[at + 1] != ")"
                || !IsShortFormOf(words[at], words[x.Start..x.End])) continue;
            var list = result ??= [.. current];
            if (list.Any(y => y.Start < at + 1 && at < y.End && (y.Start != at || y.End != at + 1))) continue;
            list.RemoveAll(y => y.Start == at && y.End == at + 1);
            list.Add(new EntitySpan(at, at + 1, x.Type));
        }
        return result is null ? spans : [.. result.OrderBy(x => x.Start)];
    }

    /// <summary>
    /// A short form defined in a document ("Baltic Fishery Board ( BFB )", <see cref="WithOrganisationCues"/>) names the
    /// same thing wherever else the document writes it alone: each such word becomes a mention of the name's type.
    /// </summary>
    internal static void ShortFormRepeats(IReadOnlyList<string[]> sentences, EntitySpan[][] spans)
    {
        Dictionary<string, string>? defined = null;
        for (int s = 0; s < spans.Length; s++)
        {
            var w = sentences[s];
            foreach (var x in spans[s])
                if (x.End - x.Start == 1 && x.Start > 0 && x.End < w.Length && w[x.Start - 1] == "(" && w[x.End] == ")"
                    && spans[s].Any(y => y.End == x.Start - 1 && y.Type == x.Type && IsShortFormOf(w[x.Start], w[y.Start..y.End])))
                    (defined ??= new(StringComparer.Ordinal)).TryAdd(w[x.Start], x.Type);
        }
        if (defined is null) return;
        for (int s = 0; s < spans.Length; s++)
        {
            var w = sentences[s];
            List<EntitySpan>? list = null;
            for (int i = 0; i < w.Length; i++)
            {
                if (!defined.TryGetValue(w[i], out var type)) continue;
                var current = list ?? [.. spans[s]];
                int same = current.FindIndex(y => y.Start == i && y.End == i + 1);
                if (same >= 0 && current[same].Type != type) current[same] = current[same] with { Type = type };
                else if (same < 0 && !current.Any(y => y.Start <= i && i < y.End)) current.Add(new EntitySpan(i, i + 1, type));
                else continue;
                list = current;
            }
            if (list is not null) spans[s] = [.. list.OrderBy(x => x.Start)];
        }
    }

    /// <summary>
    /// Whether <paramref name="shortForm"/> abbreviates <paramref name="name"/>: two to eight characters, at least two
    /// capital letters and no lower-case one before the last; its letters and digits, right to left, are found in order in the
    /// name, the first one at the start of the name's first word (Schwartz &amp; Hearst 2003, "A simple algorithm for
    /// identifying abbreviation definitions in biomedical text").
    /// </summary>
    internal static bool IsShortFormOf(string shortForm, ReadOnlySpan<string> name)
    {
        if (shortForm.Length is < 2 or > 8 || name.Length < 2 || !char.IsUpper(shortForm[0])) return false;
        int capitals = 0;
        for (int c = 0; c < shortForm.Length; c++)
        {
            char ch = shortForm[c];
            if (char.IsUpper(ch)) capitals++;
            else if (char.IsLower(ch) && c < shortForm.Length - 1 || !char.IsLetterOrDigit(ch) && ch is not ('.' or '&' or '-') ) return false;
        }
        if (capitals < 2) return false;
        string longForm = string.Join(' ', name.ToArray());
        int l = longForm.Length - 1;
        for (int c = shortForm.Length - 1; c >= 0; c--)
        {
            char ch = char.ToLowerInvariant(shortForm[c]);
            if (!char.IsLetterOrDigit(ch)) continue;
            // The first character must start a word of the name; the others may be anywhere after the previous match.
            while (l >= 0 && (char.ToLowerInvariant(longForm[l]) != ch || c == 0 && l > 0 && longForm[l - 1] != ' ')) l--;
            if (l < 0) return false;
            l--;
        }
        return true;
    }

    /// <summary>
    /// The capitalised run around an institution noun at <paramref name="head"/>: the capitalised words before it (a
    /// possessive "'s" inside), and after it "of"/"for" with the capitalised words that follow ("the", "and", "&amp;"
    /// inside when a capitalised word follows, but not an "and" before another institution name); a sentence-initial function word ("The", "In", …) is left out.
    /// </summary>
    private static (int Start, int End) InstitutionName(ReadOnlySpan<string> words, int head)
    {
        int start = head;
        while (start > 0 && (IsCapitalised(words[start - 1]) || words[start - 1] == "'s" && start > 1 && IsCapitalised(words[start - 2]))) start--;
        if (start < head && SentenceStarters.Contains(words[start])) start++;
        start = WithCoordinatedModifier(words, start, head);
        int end = head + 1;
        // "… School for the Royal Library of …": the words after "for" are another institution's name.
        if (end + 1 < words.Length && words[end] is "of" or "for" && !HasHeadAhead(words, words[end + 1] == "the" ? end + 2 : end + 1))
        {
            int e = end + 1;
            while (e < words.Length && (IsCapitalised(words[e]) || words[e] is "the" or "and" or "&" or "of" or "for" && e + 1 < words.Length && IsCapitalised(words[e + 1])))
            {
                // "University of Keldon and Marsh College" coordinates two names: the second has its own head.
                if (words[e] is "and" or "&" && HasHeadAhead(words, e + 1)) break;
                e++;
            }
            while (e > end + 1 && !IsCapitalised(words[e - 1])) e--;
            if (e > end + 1) end = e;
        }
        return (start, end);
    }

    private static bool HasHeadAhead(ReadOnlySpan<string> words, int from)
    {
        for (int i = from; i < words.Length && IsCapitalised(words[i]); i++)
            if (InstitutionHeads.Contains(words[i])) return true;
        return false;
    }

    private static bool IsCapitalised(string word) => word.Length > 0 && char.IsUpper(word[0]);

    /// <summary>Capitalised function words that open sentences and are no part of a name.</summary>
    private static readonly HashSet<string> SentenceStarters = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "In", "At", "On", "For", "From", "To", "By", "With", "Of", "And", "But", "As", "This", "That",
        "These", "Those", "His", "Her", "Their", "Our", "Its", "My", "Your", "When", "While", "After", "Before", "If",
    };

    /// <summary>The head word of a name: the word before its first "of" or "for" ("Court of Appeal", "National Library of …"), else its last word.</summary>
    private static int HeadOf(ReadOnlySpan<string> name)
    {
        for (int i = 1; i < name.Length - 1; i++)
            if (name[i] is "of" or "for") return i - 1;
        return name.Length - 1;
    }

    /// <summary>
    /// Nouns for a territory or an administrative division: a name headed by one ("Municipality of Tarvel", "Orrin
    /// County", "Kingdom of Osk") is a place, as in GUM train (City, Kingdom, County, Province), unless it ends in an
    /// institution noun ("Orrin County Council").
    /// </summary>
    private static readonly HashSet<string> Divisions = new(StringComparer.Ordinal)
    {
        "Municipality", "Province", "County", "City", "Kingdom", "Region", "Prefecture", "Township", "Borough", "Parish",
        "Territory", "Emirate", "Duchy", "Oblast", "Governorate", "Canton", "Republic",
    };

    /// <summary>Legal forms of companies, written after the name.</summary>
    private static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal) { "Inc.", "Inc", "Ltd", "Ltd.", "Corp.", "LLC", "plc", "PLC", "Co." };

    /// <summary>
    /// Nouns that head the name of an institution, an organisation in the training data's conventions (GUM's multi-word
    /// names ending in School, College, Court, Council, Department, Office … are all organisations there) and in
    /// CoNLL's; football and sports clubs ("… FC", "… United", "… Rovers").
    /// </summary>
    internal static bool IsInstitutionHead(string word) => InstitutionHeads.Contains(word);

    private static readonly HashSet<string> InstitutionHeads = new(
    [
        "University", "Universiteit", "College", "School", "Academy", "Institute", "Seminary", "Conservatory",
        "Club", "Society", "Association", "Federation", "League", "Committee", "Commission", "Council", "Board",
        "Department", "Ministry", "Agency", "Bureau", "Authority", "Office", "Court", "Tribunal", "Senate", "Parliament",
        "Assembly", "Party", "Foundation", "Corporation", "Company", "Inc.", "Inc", "Ltd", "Ltd.", "Corp.", "Corp", "Co.",
        "plc", "LLC", "Group", "Orchestra", "Library", "Army", "Navy", "Police",
        "FC", "F.C.", "AFC", "A.F.C.", "United", "Rovers", "Wanderers", "Athletic",
        .. ClosingHeads,
    ], StringComparer.Ordinal);
}
