using Parley.Documents;
using Parley.Entities.Actors;
using Parley.Nlp.Parsing;
using Parley.Nlp.Tagging;
using Parley.Nlp.Tokenization;

namespace Parley.Entities.Coreference;

/// <summary>
/// Links the third-person pronouns of an article to its actors with <see cref="SalienceResolver"/>: the resolved actor
/// mentions (people by canonical name; states, governments and their metonyms by country and sector, so "Moscow",
/// "Russia" and "the Kremlin" are one referent; bodies by name; groups by their description) and the pronouns the tagger
/// finds (UPOS PRON) become coreference mentions, with subjects and clauses from the parse when there is one. Each pronoun
/// linked to an actor becomes an actor mention of its own, carrying the antecedent's resolution. Pure and thread-safe.
/// </summary>
public static class ActorCoreference
{
    public static List<ActorMention> Pronouns(string text, IReadOnlyList<ActorMention> actors, TokenizedText tokens, TagLayer tags,
        DependencyLayer? deps, SalienceWeights? weights = null)
    {
        int n = tokens.WordCount;
        if (n == 0 || tags.Count != n || deps is not null && deps.Count != n) return [];
        var sentenceOf = new int[n];
        for (int s = 0; s < tokens.SentenceCount; s++)
        {
            var (first, end) = tokens.SentenceWords(s);
            for (int w = first; w < end; w++) sentenceOf[w] = s;
        }
        var starts = new int[n];
        for (int w = 0; w < n; w++) starts[w] = tokens.WordSpan(w).Start;

        int WordAt(int offset)
        {
            int i = Array.BinarySearch(starts, offset);
            if (i < 0) i = Math.Max(0, ~i - 1);
            return i;
        }

        var covered = new bool[n];
        var items = new List<(CorefMention Mention, ActorMention? Actor, int Word)>();
        foreach (var a in actors)
        {
            if (a.Members is not null) continue;
            int first = WordAt(a.Span.Start), last = WordAt(Math.Max(a.Span.Start, a.Span.End - 1));
            for (int w = first; w <= last; w++) covered[w] = true;
            int head = HeadOf(first, last, deps);
            var (form, type, number, key) = Describe(a);
            items.Add((new CorefMention(sentenceOf[first], first, last + 1, form, type, number, GenderOf(a), IsSubject(head, deps),
                a.Role?.Split(' ')[^1].ToLowerInvariant() ?? a.Text.Split(' ')[^1].ToLowerInvariant(), key, ClauseOf(head, deps, tags)), a, first));
        }
        // Other noun phrases compete as antecedents ("the talks … should they take place"): a pronoun linked to one is no actor.
        for (int w = 0; w < n; w++)
        {
            if (covered[w] || tags.Upos[w] is not ("NOUN" or "PROPN") || deps is not null && deps.Deprels[w] is "compound" or "flat" or "fixed") continue;
            var number = tags.Feats[w].Contains("Number=Plur", StringComparison.Ordinal) ? MentionNumber.Plural : MentionNumber.Singular;
            bool definite = w > 0 && sentenceOf[w - 1] == sentenceOf[w] && tokens.WordForm(w - 1).ToLowerInvariant() is "the" or "this" or "that" or "these" or "those";
            items.Add((new CorefMention(sentenceOf[w], w, w + 1, definite ? MentionForm.Definite : MentionForm.Nominal, MentionType.Other, number, MentionGender.Unknown,
                IsSubject(w, deps), tags.Lemmas[w].ToLowerInvariant(), null, ClauseOf(w, deps, tags)), null, w));
        }
        for (int w = 0; w < n; w++)
        {
            if (covered[w] || tags.Upos[w] != "PRON") continue;
            // Expletive "it" ("it is likely that …") refers to nothing.
            if (deps is not null && deps.Deprels[w].StartsWith("expl", StringComparison.Ordinal)) continue;
            string lower = tokens.WordForm(w).ToLowerInvariant();
            if (SalienceResolver.PronounFeatures(lower) is not { } p) continue;
            items.Add((new CorefMention(sentenceOf[w], w, w + 1, MentionForm.Pronoun, p.Type, p.Number, p.Gender, IsSubject(w, deps), lower, null,
                ClauseOf(w, deps, tags)) { Pronoun = lower }, null, w));
        }
        items.Sort((x, y) => x.Word != y.Word ? x.Word.CompareTo(y.Word) : x.Mention.End.CompareTo(y.Mention.End));
        var (antecedent, _) = SalienceResolver.Resolve([.. items.Select(i => i.Mention)], weights);

        var result = new List<ActorMention>();
        var resolved = new ActorMention?[items.Count];
        var namedOf = new ActorMention?[items.Count];
        for (int i = 0; i < items.Count; i++)
        {
            resolved[i] = items[i].Actor;
            namedOf[i] = items[i].Actor;
            if (items[i].Actor is not null || items[i].Mention.Form != MentionForm.Pronoun || antecedent[i] < 0 || resolved[antecedent[i]] is not { } ante) continue;
            var span = tokens.WordSpan(items[i].Word);
            string form = text[span.Start..span.End];
            int at = antecedent[i];
            // The antecedent as first named: a pronoun chain keeps pointing at the actor, not at the previous pronoun.
            var named = namedOf[at] ?? ante;
            namedOf[i] = named;
            var m = ante with
            {
                Span = span, Text = form, TitleSpan = null, OfficeKind = null, RoleNoun = false, Members = null,
                Antecedent = named.Span,
                Evidence = $"pronoun '{form}' → '{named.Text}' at {named.Span.Start} (salience model: {Why(items[i].Mention, items[at].Mention)})",
            };
            resolved[i] = m;
            result.Add(m);
        }
        return result;
    }

    private static string Why(CorefMention pronoun, CorefMention antecedent)
    {
        int d = pronoun.Sentence - antecedent.Sentence;
        return (d == 0 ? "same sentence" : d == 1 ? "previous sentence" : $"{d} sentences before")
            + (antecedent.IsSubject ? ", subject" : "") + $", agrees with '{pronoun.Pronoun}'";
    }

    private static (MentionForm Form, MentionType Type, MentionNumber Number, string? Key) Describe(ActorMention a) => a.Kind switch
    {
        ActorKind.Person when a.Name is not null => (MentionForm.Name, MentionType.Person, MentionNumber.Singular, NameFold.LooseName(a.Name)),
        ActorKind.Person => (MentionForm.Definite, MentionType.Person, MentionNumber.Singular, null),
        ActorKind.State => (MentionForm.Name, MentionType.Organisation, MentionNumber.Singular, "state " + a.Country + " " + a.Sector),
        ActorKind.Organisation when a.Sector == "GOV" && a.Country is { Length: 3 } c && a.KbId is null => (MentionForm.Name, MentionType.Organisation, MentionNumber.Singular, "state " + c + " GOV"),
        ActorKind.Organisation => (MentionForm.Name, MentionType.Organisation, MentionNumber.Singular, "org " + NameFold.LooseName(a.Name ?? a.Text)),
        _ => (MentionForm.Definite, a.Text.EndsWith('s') ? MentionType.Group : MentionType.Organisation,
            a.Text.EndsWith('s') ? MentionNumber.Plural : MentionNumber.Singular, null),
    };

    private static MentionGender GenderOf(ActorMention a)
    {
        string role = (a.Role ?? "").ToLowerInvariant();
        if (role.EndsWith("woman", StringComparison.Ordinal) || role is "mrs" or "ms" or "queen" or "chairwoman" or "congresswoman") return MentionGender.Female;
        if (role.EndsWith("man", StringComparison.Ordinal) && !role.EndsWith("woman", StringComparison.Ordinal) || role is "mr" or "king") return MentionGender.Male;
        return MentionGender.Unknown;
    }

    private static int HeadOf(int first, int last, DependencyLayer? deps)
    {
        if (deps is null) return last;
        for (int w = first; w <= last; w++)
        {
            int h = deps.Heads[w];
            if (h < first || h > last) return w;
        }
        return last;
    }

    private static bool IsSubject(int w, DependencyLayer? deps) => deps is not null && deps.Deprels[w].StartsWith("nsubj", StringComparison.Ordinal);

    private static int ClauseOf(int w, DependencyLayer? deps, TagLayer tags)
    {
        if (deps is null) return -1;
        int c = deps.Heads[w];
        for (int guard = 0; c >= 0 && guard < 50 && tags.Upos[c] is not ("VERB" or "AUX") && deps.Heads[c] >= 0; guard++) c = deps.Heads[c];
        return c;
    }
}
