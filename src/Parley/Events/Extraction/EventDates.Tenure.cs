using Parley.Documents;
using Parley.Entities;
using Parley.Entities.Actors;

namespace Parley.Events.Extraction;

/// <summary>
/// Office tenure bounds an event the text gives no time of its own. A person named with the title of an office
/// ("had a call with Foreign Minister Anna Roth", "Prime Minister X met …") is described as holding that office at the
/// event, so a past event with that person as a party lies between the start of their tenure (from the actor knowledge
/// base's dated offices) and the article's day (or the end of the tenure, if earlier): a range, as the gold guidelines
/// date such events (from the office-holder's first day in office to the report's day). A title marked as no
/// longer held ("former", "ex-") says nothing about the event's time, and neither does an event told as future, planned,
/// habitual, or in the present, or one set in a time frame of its own ("Before he was elected, …"). The title must come
/// with the name: a role noun ("the president's lawsuit") or a mention linked by coreference does not count.
/// The tenure is the hull of the person's terms in that office (OfficeTenureConstraints.Tenure). A careful reader dates
/// an event by it only when it narrows the event to a recent stretch, as when the office-holder took office days or
/// weeks before the report (a newly appointed minister's first calls lie between the first day in office and the
/// report): a range of at most <see cref="MaxDays"/> days. A wider one (two decades for a long-serving prime minister)
/// says only that the event is not older than the office, which is no date: the event stays undated (SPEC §4: null
/// when it cannot be inferred). Tenures exist first to date an undated article (SPEC §2): in an article whose day is
/// not known there is no report day to bound the range, and an event with no time of its own gets nothing here.
/// Thread-safe; the knowledge base is the default one, loaded on first use.
/// </summary>
internal static class OfficeBounds
{
    /// <summary>The widest tenure range, in days, that still dates an event: about a month, the coarsest a date told
    /// with no time expression stays informative.</summary>
    internal const int MaxDays = 31;

    private static readonly Lazy<OfficeTenureConstraints> Tenures = new(() => new OfficeTenureConstraints(() => EntityResources.Default));

    /// <summary>
    /// The range within which event <paramref name="t"/> took place from the tenure of a titled party among
    /// <paramref name="parties"/> (spans of its actors and recipients), or null. <paramref name="reference"/> is the article's day.
    /// </summary>
    public static (EventDate Date, Span Span)? Of(SentenceTree tree, int t, EventModality modality, IEnumerable<Span> parties,
        IReadOnlyList<ActorMention> mentions, DateOnly? reference)
    {
        if (reference is not { } upper || modality is not (EventModality.Asserted or EventModality.Negated or EventModality.Attempted)) return null;
        if (!ToldInPast(tree, t, out int verb) || DocumentSetting.Habitual(tree, t) || OwnTimeFrame(tree, t, verb)) return null;
        var sentence = tree.Tokens.SentenceSpan(tree.Sentence);
        DateOnly? lower = null;
        Span? evidence = null;
        foreach (var party in parties)
        {
            foreach (var m in mentions)
            {
                if (m.Span.End <= party.Start || m.Span.Start >= party.End) continue;
                if (m.Kind != ActorKind.Person || m.RoleNoun || m.Antecedent is not null || m.KbId is not { } id || m.OfficeKind is not { } kind || m.TitleSpan is not { } title) continue;
                if (!sentence.Contains(title) || FormerTitle(tree, title)) continue;
                if (!EntityResources.Default.Kb.TryById(id, out var actor)) continue;
                if (Tenures.Value.Tenure(actor, kind, m.Country, m.Sector) is not { From: { } from } tenure) continue;
                if (tenure.To is { } to && to < upper) upper = to;
                if (lower is null || from > lower) { lower = from; evidence = new Span(title.Start, m.Span.End); }
            }
        }
        if (lower is not { } low || evidence is not { } span || low > upper || upper.DayNumber - low.DayNumber > MaxDays) return null;
        string value = low == upper ? EventDate.Day(low) : EventDate.Range(low, upper);
        return (new EventDate(value, DateResolution.Inferred), span);
    }

    /// <summary>
    /// "under former President X": the whole tenure of the titled, known person <paramref name="m"/> in the office its
    /// title names, as a range; an open tenure runs to <paramref name="reference"/> (the article's day), and without it,
    /// or for a <paramref name="former"/> holder, gives nothing. Null when the mention has no dated office.
    /// </summary>
    internal static (DateOnly From, DateOnly To)? TenureOf(ActorMention m, DateOnly? reference, bool former)
    {
        if (m.Kind != ActorKind.Person || m.RoleNoun || m.KbId is not { } id || m.OfficeKind is not { } kind || m.TitleSpan is null) return null;
        if (!EntityResources.Default.Kb.TryById(id, out var actor)) return null;
        if (Tenures.Value.Tenure(actor, kind, m.Country, m.Sector) is not { From: { } from } tenure) return null;
        DateOnly? to = tenure.To;
        // A former holder's tenure has ended, but when is not known: the article's day would be no bound of it.
        if (former && (to is null || reference is { } day && to > day)) return null;
        if (reference is { } r && (to is null || to > r)) to = r;
        return to is { } end && end >= from ? (from, end) : null;
    }

    /// <summary>Whether the event's clause is told in the simple past, or in a perfect or passive with a past auxiliary.</summary>
    internal static bool ToldInPast(SentenceTree tree, int t) => ToldInPast(tree, t, out _);

    /// <summary>Whether a time frame of the event's own ("Before he was elected, …", "after the talks") places it.</summary>
    internal static bool HasOwnTimeFrame(SentenceTree tree, int t) => ToldInPast(tree, t, out int verb) ? OwnTimeFrame(tree, t, verb) : OwnTimeFrame(tree, t, -1);

    // "former Foreign Minister X", "ex-President Y": the title is not held at the event's time.
    internal static bool FormerTitle(SentenceTree tree, Span title)
    {
        for (int w = tree.First; w < tree.End; w++)
        {
            var s = tree.WordSpan(w);
            if (s.End > title.Start + 1 && s.Start < title.End || s.End <= title.Start && s.End >= title.Start - 12)
                if (tree.Lower(w) is "former" or "ex" or "ex-" or "late" || tree.Lower(w).StartsWith("ex-", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    // "Before he was elected, X criticised …", "During the summit, X met …": a time frame of the event's own (a temporal
    // clause or phrase on it, or one fronted before it, as parsers often misplace these) places it, and a title used in or
    // beside it need not hold then. "a call during which they agreed" is the call's time, not a frame of its own.
    private static bool OwnTimeFrame(SentenceTree tree, int t, int verb)
    {
        int limit = verb >= 0 ? Math.Max(t, verb) : t;
        for (int w = tree.First; w < tree.End; w++)
        {
            if (!TimeWords.Contains(tree.Lower(w)) || !(tree.BaseRel(w) is "mark" or "case" || tree.Lower(w) == "when" && tree.BaseRel(w) == "advmod")) continue;
            if (w + 1 < tree.End && tree.Lower(w + 1) is "which" or "whom" or "whose") continue;
            int host = tree.Head(w);
            if (w < limit || host >= 0 && (host == t || host == verb || tree.Head(host) == t || tree.Head(host) == verb)) return true;
        }
        return false;
    }

    private static readonly HashSet<string> TimeWords = ["before", "after", "since", "until", "till", "when", "while", "during", "once", "upon", "following", "prior", "ahead"];

    // The event's clause is told in the past: its verb (the event itself, or the verb a noun event hangs on) is in the
    // simple past, or a perfect or passive with a past auxiliary ("had met", "was signed").
    private static bool ToldInPast(SentenceTree tree, int t, out int v)
    {
        v = t;
        for (int hops = 0; hops < 3 && v >= 0 && tree.Upos(v) is not ("VERB" or "AUX"); hops++)
        {
            // A copular clause's predicate noun carries its own tense on the copula.
            if (tree.Children(v).Any(c => tree.BaseRel(c) == "cop")) break;
            v = tree.Head(v);
        }
        if (v < 0) return false;
        if (tree.Tags.Xpos[v] == "VBD" || tree.Children(v).Any(c => tree.BaseRel(c) == "cop" && tree.Tags.Xpos[c] == "VBD")) return true;
        return tree.Tags.Xpos[v] == "VBN" && tree.Children(v).Any(c => tree.BaseRel(c) is "aux" or "aux:pass" or "cop" && tree.Tags.Xpos[c] == "VBD");
    }
}
