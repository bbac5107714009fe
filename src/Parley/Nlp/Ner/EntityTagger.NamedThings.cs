namespace Parley.Nlp.Entities;

public sealed partial class EntityTagger
{
    /// <summary>
    /// Rules after the model for names that are no person, organisation or place, and for people named after an
    /// honorific, in the CoNLL 2003 / MUC-7 conventions (CoNLL's MISC holds named events and titles of works):
    /// <see cref="WithNamedEvents"/>, <see cref="WithWorkTitles"/>, <see cref="WithHonorificNames"/>.
    /// </summary>
    internal static EntitySpan[] WithNamedThings(EntitySpan[] spans, ReadOnlySpan<string> words)
        => WithInitialsOnlyPlaces(WithInstrumentNames(WithLanguages(WithInitials(WithoutPostNominals(WithHonorificNames(WithOutletsNamedAfter(WithWorkTitles(WithNamedEvents(spans, words), words), words), words), words), words), words), words), words);

    /// <summary>
    /// Languages are MISC in CoNLL 2003 (with nationalities): a language name that the country list's demonyms do not
    /// cover ("Swahili", "Tagalog", "Sanskrit"), standing alone — a one-word mention of the model, or a word outside
    /// every mention — is a MISC mention, unless a capitalised word follows it (a longer name: "Latin Quarter").
    /// </summary>
    internal static EntitySpan[] WithLanguages(EntitySpan[] spans, ReadOnlySpan<string> words)
    {
        List<EntitySpan>? result = null;
        int next = 0;
        for (int i = 0; i < words.Length; i++)
        {
            while (next < spans.Length && spans[next].End <= i) next++;
            if (!Languages.Contains(words[i]) || i + 1 < words.Length && IsCapitalised(words[i + 1])) continue;
            bool inside = next < spans.Length && spans[next].Start <= i;
            if (inside && (spans[next].End - spans[next].Start > 1 || spans[next].Type is EntityTypes.Misc or EntityTypes.Norp)) continue;
            result ??= [.. spans];
            if (inside) result[result.IndexOf(spans[next])] = spans[next] with { Type = EntityTypes.Misc };
            else result.Add(new EntitySpan(i, i + 1, EntityTypes.Misc));
        }
        return result is null ? spans : [.. result.OrderBy(x => x.Start)];
    }

    /// <summary>Language names that are no demonym of the country list.</summary>
    private static readonly HashSet<string> Languages = new(StringComparer.Ordinal)
    {
        "Latin", "Sanskrit", "Hebrew", "Yiddish", "Esperanto", "Gaelic", "Basque", "Catalan", "Galician", "Mandarin",
        "Cantonese", "Hokkien", "Swahili", "Tagalog", "Hindi", "Urdu", "Bengali", "Punjabi", "Gujarati", "Marathi",
        "Telugu", "Kannada", "Malayalam", "Farsi", "Pashto", "Dari", "Amharic", "Tigrinya", "Yoruba", "Igbo", "Hausa",
        "Zulu", "Xhosa", "Afrikaans", "Malay", "Quechua", "Aymara", "Guarani", "Inuktitut", "Cherokee", "Navajo",
        "Occitan", "Breton", "Cornish", "Frisian", "Flemish", "Romansh", "Sami", "Tibetan", "Uyghur",
    };

    /// <summary>
    /// The first word of a sentence after any opening quotation marks, brackets or dashes (<c>" Cobalt is …</c>: "Cobalt"),
    /// where a common word is capitalised by position (<see cref="Harmonise"/>).
    /// </summary>
    internal static int FirstWord(ReadOnlySpan<string> words)
    {
        int i = 0;
        while (i < words.Length - 1 && words[i].Length > 0 && !char.IsLetterOrDigit(words[i][0])) i++;
        return i;
    }

    /// <summary>
    /// Post-nominal letters after a person's name and a comma ("Ada Moss , QC", "Ivo Lind , MP") are honours or offices,
    /// no name of their own: such a one-word mention is dropped; and a one-word mention that is a season ("Winter is
    /// the low season") names a time, no place or person.
    /// </summary>
    internal static EntitySpan[] WithoutPostNominals(EntitySpan[] spans, ReadOnlySpan<string> words)
    {
        List<EntitySpan>? result = null;
        for (int k = 0; k < spans.Length; k++)
        {
            var x = spans[k];
            if (x.End - x.Start != 1) continue;
            bool postNominal = PostNominals.Contains(words[x.Start]) && k > 0 && spans[k - 1].Type == EntityTypes.Person
                && spans[k - 1].End == x.Start - 1 && words[x.Start - 1] == ",";
            if (!postNominal && !Seasons.Contains(words[x.Start])) continue;
            (result ??= [.. spans]).Remove(x);
        }
        return result is null ? spans : [.. result];
    }

    /// <summary>
    /// Initials right before a person's name belong to it ("K. Ada Moss", "J. R. Tolm"): a capital letter with a full stop
    /// before a PER mention extends the mention to the left.
    /// </summary>
    internal static EntitySpan[] WithInitials(EntitySpan[] spans, ReadOnlySpan<string> words)
    {
        EntitySpan[]? result = null;
        for (int k = 0; k < spans.Length; k++)
        {
            var x = spans[k];
            if (x.Type != EntityTypes.Person) continue;
            int start = x.Start, floor = k > 0 ? spans[k - 1].End : 0;
            while (start > floor && IsInitial(words[start - 1])) start--;
            if (start == x.Start) continue;
            (result ??= [.. spans])[k] = x with { Start = start };
        }
        return result ?? spans;
    }

    private static bool IsInitial(string word) => word.Length == 2 && char.IsUpper(word[0]) && word[1] == '.';

    private static readonly HashSet<string> PostNominals = new(StringComparer.Ordinal)
    {
        "QC", "KC", "SC", "MP", "MEP", "MSP", "MLA", "OBE", "MBE", "CBE", "KBE", "DBE", "PhD", "MD", "Esq.", "Esq", "Jr.", "Sr.",
    };

    private static readonly HashSet<string> Seasons = new(StringComparer.Ordinal) { "Winter", "Summer", "Spring", "Autumn" };

    /// <summary>
    /// A press or broadcasting noun followed by a name in apposition names that outlet, an organisation in CoNLL's and
    /// GUM's ("the newspaper Dagblad Vest", "radio station 4KQ", "the broadcaster Tele Nord"): the
    /// capitalised run right after the noun (up to four words, not a day or a month) is ORG when the model tagged it
    /// as anything else or not at all — the mirror of <see cref="PressNames"/>, where the name comes first.
    /// </summary>
    internal static EntitySpan[] WithOutletsNamedAfter(EntitySpan[] spans, ReadOnlySpan<string> words)
    {
        List<EntitySpan>? result = null;
        for (int n = 0; n + 1 < words.Length; n++)
        {
            if (!OutletNouns.Contains(words[n]) || !IsOutletWord(words[n + 1]) || words[n + 1] == "I") continue;
            int start = n + 1, end = start;
            while (end < words.Length && IsOutletWord(words[end])) end++;
            if (end - start > 4 || CalendarWords.Contains(words[start])) continue;
            if (!TryPut(ref result, spans, new EntitySpan(start, end, EntityTypes.Organisation),
                    y => y.Type is EntityTypes.Norp or EntityTypes.Event or EntityTypes.Misc)) continue;
            n = end - 1;
        }
        return result is null ? spans : [.. result.OrderBy(x => x.Start)];
    }

    /// <summary>A word of an outlet's name: capitalised, or a call sign or channel number that starts with a digit and holds a capital ("4KQ").</summary>
    private static bool IsOutletWord(string word) => IsCapitalised(word) || word.Length > 1 && char.IsDigit(word[0]) && word.Any(char.IsUpper);

    /// <summary>
    /// Nouns for news outlets and broadcasters that a name may follow in apposition; not journals, magazines or websites,
    /// whose titles are works in GUM ("the journal Lingua").
    /// </summary>
    private static readonly HashSet<string> OutletNouns = new(StringComparer.Ordinal)
    {
        "newspaper", "tabloid", "broadcaster", "channel", "network", "station", "agency",
    };

    private static readonly HashSet<string> CalendarWords = new(StringComparer.Ordinal)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
        "April", "May", "June", "July", "August", "September", "October", "November", "December",
    };

    /// <summary>
    /// Named events (OntoNotes EVENT, CoNLL MISC; GUM marks them as events too): a name of two or more words whose head —
    /// its last word, or the word before its first "of" — is an event noun ("Velorian Revolution", "Battle of
    /// Korsk", "Harbin Lantern Festival", "Tessaly Cup", "World War II" with its Roman numeral) is an EVENT whatever the
    /// model said, and so is the capitalised run ending in such a noun when the model tagged nothing there or only
    /// parts of it (a sentence-initial function word left out); a one-word mention that is a one-word event name
    /// ("Olympics", "Crusades") is an EVENT too.
    /// </summary>
    internal static EntitySpan[] WithNamedEvents(EntitySpan[] spans, ReadOnlySpan<string> words)
    {
        List<EntitySpan>? result = null;
        foreach (var x in spans)
        {
            if (x.Type is EntityTypes.Event or EntityTypes.Norp) continue;
            bool one = x.End - x.Start == 1;
            if (one ? !OneWordEvents.Contains(words[x.Start]) : !EventNouns.Contains(words[HeadOf(words[x.Start..x.End]) + x.Start])) continue;
            result ??= [.. spans];
            result[result.IndexOf(x)] = x with { Type = EntityTypes.Event };
        }
        for (int h = 0; h < words.Length; h++)
        {
            if (!EventNouns.Contains(words[h])) continue;
            int start = h;
            while (start > 0 && IsCapitalised(words[start - 1])) start--;
            if (start < h && SentenceStarters.Contains(words[start])) start++;
            int end = h + 1;
            if (end + 1 < words.Length && words[end] == "of" && IsCapitalised(words[end + 1]))
                for (end += 1; end < words.Length && IsCapitalised(words[end]); end++) { }
            while (end < words.Length && RomanNumerals.Contains(words[end])) end++;
            if (end - start < 2) continue;
            if (!TryPut(ref result, spans, new EntitySpan(start, end, EntityTypes.Event))) continue;
            h = end - 1;
        }
        return result is null ? spans : [.. result.OrderBy(x => x.Start)];
    }

    /// <summary>
    /// Titles of works (CoNLL MISC: albums, songs, films, books, …): the words inside quotation marks right after a noun
    /// for a work ("the album “ Paper Lanterns ”", "her debut single , " Cold Harbour "") are one MISC mention when the
    /// first of them is capitalised, replacing what the model tagged inside; so is the capitalised run right after such a
    /// noun ("the novel Brightwater", "the film Kessler Road") when the model tagged it, or parts of it, as anything.
    /// </summary>
    internal static EntitySpan[] WithWorkTitles(EntitySpan[] spans, ReadOnlySpan<string> words)
    {
        List<EntitySpan>? result = null;
        for (int n = 0; n + 1 < words.Length; n++)
        {
            if (!WorkNouns.Contains(words[n])) continue;
            int open = words[n + 1] == "," && n + 2 < words.Length ? n + 2 : n + 1;
            int start, end;
            if (OpeningQuotes.Contains(words[open]))
            {
                start = open + 1;
                end = start;
                while (end < words.Length && end - start <= MaxTitleWords && !ClosingQuotes.Contains(words[end])) end++;
                if (end >= words.Length || end == start || end - start > MaxTitleWords || !IsCapitalised(words[start])) continue;
            }
            else
            {
                if (open != n + 1 || !IsCapitalised(words[n + 1])) continue;
                start = n + 1;
                end = start;
                while (end < words.Length && IsCapitalised(words[end])) end++;
                // Unquoted, only what the model itself read as a name is retyped.
                var model = result ?? (IList<EntitySpan>)spans;
                int s0 = start, e0 = end;
                if (!model.Any(y => y.Start >= s0 && y.End <= e0)) continue;
            }
            if (!TryPut(ref result, spans, new EntitySpan(start, end, EntityTypes.Misc))) continue;
            n = end - 1;
        }
        return result is null ? spans : [.. result.OrderBy(x => x.Start)];
    }

    /// <summary>
    /// A person named after an honorific or a form of address ("Mr. Pellam", "Justice Orvin", "Sen. Ada Kroll") is a
    /// person even when the model tagged nothing there: the capitalised run after the honorific, up to four words, is a
    /// PER mention (the honorific and any titles after it left out, as in the training conversion: "Mr. Chief Justice"
    /// names no one), unless a word of it heads an
    /// institution's name ("Justice Department").
    /// </summary>
    internal static EntitySpan[] WithHonorificNames(EntitySpan[] spans, ReadOnlySpan<string> words)
    {
        List<EntitySpan>? result = null;
        for (int t = 0; t + 1 < words.Length; t++)
        {
            if (!Honorifics.Contains(words[t]) || !IsCapitalised(words[t + 1])) continue;
            // Titles after the honorific are a form of address, not a name ("Mr. Chief Justice", "Mr. President").
            int start = t + 1;
            while (start < words.Length && (NerCorpus.IsTitle(words[start]) || Honorifics.Contains(words[start]))) start++;
            int end = start;
            while (end < words.Length && IsCapitalised(words[end]) && !Honorifics.Contains(words[end]) && !NerCorpus.IsTitle(words[end])) end++;
            if (end == start || end - start > 4) continue;
            bool institution = false;
            for (int i = start; i < end; i++) institution |= InstitutionHeads.Contains(words[i]) || EventNouns.Contains(words[i]);
            if (institution) continue;
            var list = result ?? (IList<EntitySpan>)spans;
            int s = t, e = end;
            if (list.Any(y => y.Start < e && s < y.End)) continue;
            var added = result ?? [.. spans];
            added.Add(new EntitySpan(start, end, EntityTypes.Person));
            result = added;
            t = end - 1;
        }
        return result is null ? spans : [.. result.OrderBy(x => x.Start)];
    }

    private const int MaxTitleWords = 12;

    /// <summary>Nouns that head the name of an event (GUM train marks the names they head as events: Cup, Festival, Games, Summit, Tournament, War, …).</summary>
    private static readonly HashSet<string> EventNouns = new(StringComparer.Ordinal)
    {
        "War", "Wars", "Revolution", "Uprising", "Rebellion", "Revolt", "Crusade", "Battle", "Siege", "Massacre",
        "Games", "Olympics", "Paralympics", "Olympiad", "Cup", "Championship", "Championships", "Tournament", "Festival",
        "Expo", "Fair", "Summit", "Marathon", "Carnival", "Biennale", "Referendum",
        // Named periods ("Middle Ages", "Bronze Age", "Meiji Era"): no place or organisation either.
        "Age", "Ages", "Era",
    };

    /// <summary>One-word names of events.</summary>
    private static readonly HashSet<string> OneWordEvents = new(StringComparer.Ordinal)
    {
        "Olympics", "Paralympics", "Crusades", "Holocaust", "Reformation",
    };

    private static readonly HashSet<string> RomanNumerals = new(StringComparer.Ordinal) { "I", "II", "III", "IV", "V", "VI" };

    /// <summary>Lower-case nouns for a work whose title may follow them.</summary>
    private static readonly HashSet<string> WorkNouns = new(StringComparer.Ordinal)
    {
        "album", "albums", "single", "song", "songs", "track", "EP", "LP", "film", "movie", "documentary", "novel", "book",
        "poem", "play", "opera", "musical", "painting", "series", "sitcom", "episode", "video", "anthem", "hymn", "ballad",
        "soundtrack", "compilation", "mixtape", "game",
    };

    private static readonly HashSet<string> OpeningQuotes = new(StringComparer.Ordinal) { "\"", "“", "``", "‘", "'" };
    private static readonly HashSet<string> ClosingQuotes = new(StringComparer.Ordinal) { "\"", "”", "''", "’", "'" };

    /// <summary>Honorifics and forms of address written before a person's name (not "General", "President" …, which also open other names).</summary>
    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal)
    {
        "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Miss", "Dr.", "Sir", "Dame", "Justice", "Judge", "Senator", "Sen.",
        "Rep.", "Gov.", "Prof.", "Professor", "Rev.", "Reverend", "Gen.", "Col.", "Capt.", "Lt.", "Sgt.", "Cpl.", "Adm.",
    };
}

public sealed partial class EntityTagger
{
    /// <summary>
    /// Last words of organisation names in CoNLL's conventions (ORG holds companies, record labels, studios, airlines,
    /// newspapers, news services, broadcasters, bands and military units) and GUM train's (every multi-word name ending in
    /// Airlines, Airways, Motors, News, Post, Press, Times there is an organisation): "Harlan Records", "Bayside
    /// Studios", "Ostmark Airways", "Dunmore Herald", "the 41st Lanark Regiment". They join <see cref="InstitutionHeads"/>,
    /// but find an untagged name only where the capitalised run ends ("Arlen Press Secretary" is no press).
    /// </summary>
    private static readonly string[] ClosingHeads =
    [
        "Records", "Studios", "Pictures", "Entertainment", "Airlines", "Airways", "Motors", "Regiment", "Brigade",
        "Battalion", "Squadron", "Times", "Herald", "Tribune", "Gazette", "Journal", "Press", "News", "Band", "Choir",
        "Broadcasting", "Network",
    ];

    private static readonly HashSet<string> ClosingHeadSet = new(ClosingHeads, StringComparer.Ordinal);

    /// <summary>Whether the word at <paramref name="h"/> heads a name only at the end of a capitalised run and another capitalised word follows it.</summary>
    private static bool IsClosingHeadOnly(ReadOnlySpan<string> words, int h)
        => ClosingHeadSet.Contains(words[h]) && h + 1 < words.Length && IsCapitalised(words[h + 1]);

    /// <summary>
    /// Puts <paramref name="m"/> in place of the mentions inside it (copying <paramref name="spans"/> into
    /// <paramref name="result"/> on the first change). Nothing changes, and false is returned, when a mention crosses its
    /// edges, when one inside it is one <paramref name="blocks"/> keeps, or when exactly that mention is already there.
    /// </summary>
    private static bool TryPut(ref List<EntitySpan>? result, EntitySpan[] spans, EntitySpan m, Func<EntitySpan, bool>? blocks = null)
    {
        var list = result ?? [.. spans];
        if (list.Any(y => y.Start < m.End && m.Start < y.End && (y.Start < m.Start || y.End > m.End || blocks?.Invoke(y) == true))) return false;
        if (list.Contains(m)) return false;
        list.RemoveAll(y => y.Start < m.End && m.Start < y.End);
        list.Add(m);
        result = list;
        return true;
    }
}
