using System.Collections.Frozen;
using Parley.Documents;
using Parley.Entities.Places;
using Parley.Time;

namespace Parley.Events.Extraction;

/// <summary>
/// The gathering an article is about: the first meeting, talks, conference or summit its opening sentences name
/// with a date or a place ("the defence ministers' talks in Oslo on Friday", "the conference that begins in Munich
/// on Friday"). An article written ahead of its gathering is about what is expected there: an event the text gives
/// no date or place of its own that is not said to have happened, in a sentence that speaks of a meeting ("a
/// breakthrough is likely at the talks", "the talks, should they take place"), is set at the gathering; a month that
/// contains the gathering's day gives way to that day ("they are likely to meet in April" beside "a summit on April
/// 2 in London"). An article written after it reports what happened there: an asserted event in a sentence with no
/// time of its own is set at the gathering. Immutable; built once per document by <see cref="OccasionIndex"/>.
/// </summary>
internal sealed class DocumentSetting
{
    /// <summary>How many sentences from the start of the document the setting is looked for in: the title, header lines
    /// (dateline, timestamp, a kicker) and the first two or three sentences of the body.</summary>
    internal const int LeadSentences = 5;

    /// <summary>Nouns that name a meeting, besides the named gatherings of <see cref="OccasionIndex"/>.</summary>
    private static readonly FrozenSet<string> MeetingNouns = new[]
    {
        "talk", "talks", "meeting", "negotiation", "negotiations", "consultation", "consultations",
    }.ToFrozenSet();

    /// <summary>Whether the word is a meeting noun, by its lemma or its form ("talks", "the meeting").</summary>
    internal static bool IsMeetingNoun(SentenceTree tree, int w) => MeetingNouns.Contains(tree.Lemma(w)) || MeetingNouns.Contains(tree.Lower(w));

    /// <summary>Whether the word names a meeting or a gathering ("talks", "summit", "conference").</summary>
    internal static bool IsMeetingOrGathering(SentenceTree tree, int w) => IsMeetingNoun(tree, w) || OccasionIndex.IsGathering(tree.Lemma(w));

    // "their own talks before the summit": a gathering named as a time of reference is not where the event is.
    private static readonly FrozenSet<string> TemporalCases = new[] { "before", "after", "since", "until", "till", "ahead", "following" }.ToFrozenSet();

    public DocumentSetting((EventDate Date, Span Span)? date, PlaceMention? place, bool ahead)
    {
        Date = date;
        Place = place;
        Ahead = ahead;
    }

    public (EventDate Date, Span Span)? Date { get; }
    public PlaceMention? Place { get; }

    /// <summary>True when the article is written before the gathering or on the day it begins.</summary>
    public bool Ahead { get; }

    /// <summary>The article's reference date, when known to the day.</summary>
    public DateOnly? Reference { get; init; }

    /// <summary>
    /// "they agreed to meet on their own ahead of the summit": what is still to happen before the gathering the
    /// article looks ahead to lies between the article's day and the gathering's first day.
    /// </summary>
    public EventDate? Before(SentenceTree tree, EventModality modality)
    {
        if (!Ahead || modality is EventModality.Asserted or EventModality.Attempted or EventModality.Negated) return null;
        if (Reference is not { } r || Date is not { } d || EventDate.Bounds(d.Date.Value) is not { } b || b.First <= r) return null;
        bool before = false;
        for (int w = tree.First; w < tree.End; w++)
        {
            if (tree.Upos(w) is not ("NOUN" or "PROPN") || tree.CaseOf(w) is not ("before" or "ahead")) continue;
            if (IsMeetingOrGathering(tree, w)) before = true;
        }
        return before ? new EventDate($"{r:yyyy-MM-dd}/{b.First:yyyy-MM-dd}", DateResolution.Inferred) : null;
    }

    /// <summary>
    /// "during the ten-month-long uprising": an event with no date of its own, held during a stretch of time that runs up
    /// to the article's day, spans that stretch (to the month, or the year, as the length is given). The length is read
    /// as rounded down, so the stretch may have begun up to one unit earlier.
    /// </summary>
    public static (EventDate Date, Span Span)? During(SentenceTree tree, int t, IReadOnlyList<TimeExpression> times, DateOnly? reference)
    {
        if (reference is not { } r) return null;
        // On the predicate, or on its object as parsers often hang it ("supported the rebels during the revolt").
        foreach (int c in tree.Children(t).Concat(tree.Children(t).Where(o => tree.BaseRel(o) == "obj").SelectMany(tree.Children)))
        {
            if (tree.BaseRel(c) is not ("obl" or "nmod") || tree.CaseOf(c) is not ("during" or "throughout" or "over")) continue;
            var phrase = tree.SpanOf([.. tree.Subtree(c).Order()]);
            foreach (var time in times)
            {
                if (time.Type != TimexType.Duration || !phrase.Contains(time.Span)) continue;
                var m = System.Text.RegularExpressions.Regex.Match(time.Value, "^P([0-9]+)([YM])$");
                if (!m.Success) continue;
                if (!int.TryParse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture, out int n) || n < 1
                    || n > (m.Groups[2].Value == "Y" ? 100 : 240) || r.Year - (m.Groups[2].Value == "Y" ? n : n / 12 + 1) < 1) continue;
                // A length is told in whole units, rounded down: "ten months long" has lasted at least ten months and less
                // than eleven, so it may have begun up to a day after eleven months before the article's day.
                string value = m.Groups[2].Value == "Y"
                    ? $"{r.AddYears(-(n + 1)).AddDays(1).Year:D4}/{r.Year:D4}"
                    : $"{r.AddMonths(-(n + 1)).AddDays(1):yyyy-MM}/{r:yyyy-MM}";
                return (new EventDate(value, DateResolution.Relative), time.Span);
            }
        }
        return null;
    }

    /// <summary>
    /// Whether an event of <paramref name="modality"/> with own date <paramref name="own"/> in <paramref name="tree"/> is
    /// set at the gathering; <paramref name="refine"/> is true when its own date is a coarser period containing the gathering's.
    /// </summary>
    public bool Holds(SentenceTree tree, int trigger, EventModality modality, EventDate? own, bool sentenceHasTime, out bool refine)
    {
        refine = false;
        if (Ahead)
        {
            if (modality is EventModality.Asserted or EventModality.Attempted) return false;
            if (own is not null)
            {
                // Only a month or year as written ("in April"), not a span worked out from the gathering itself.
                refine = Date is { } d && own.Value.Length < 10 && own.Value != d.Date.Value && Contains(own.Value, d.Date.Value)
                    && !TimedAgainstMeeting(tree);
                return refine;
            }
            return SpeaksOfMeeting(tree, trigger);
        }
        return modality == EventModality.Asserted && own is null && !sentenceHasTime;
    }

    /// <summary>Whether the sentence places its event in time against a meeting or gathering ("talks before the summit"):
    /// then it is not that meeting, nor held at it.</summary>
    internal static bool TimedAgainstMeeting(SentenceTree tree)
    {
        for (int w = tree.First; w < tree.End; w++)
        {
            if (tree.Upos(w) is not ("NOUN" or "PROPN") || !TemporalCases.Contains(tree.CaseOf(w))) continue;
            if (IsMeetingOrGathering(tree, w)) return true;
        }
        return false;
    }

    /// <summary>
    /// "the meeting", "Tuesday's talks", "their talks": a definite meeting noun with no date or place of its own is the
    /// gathering the article is about, whatever is said of it.
    /// </summary>
    public static bool IsDefiniteMeeting(SentenceTree tree, int trigger)
    {
        if (tree.Upos(trigger) is not "NOUN" || !IsMeetingNoun(tree, trigger)) return false;
        if (TimedAgainstMeeting(tree)) return false;
        return tree.Children(trigger).Any(c => (tree.BaseRel(c) == "det" && tree.Lower(c) is "the" or "this" or "that")
            || tree.Rel(c) == "nmod:poss");
    }

    private static readonly FrozenSet<string> HabitAdverbs = new[]
    {
        "always", "usually", "often", "regularly", "normally", "generally", "routinely", "frequently", "sometimes", "traditionally",
    }.ToFrozenSet();

    /// <summary>
    /// "We always try to meet when we attend conferences": a habit is no particular meeting, so it takes no date or place
    /// from one mentioned before.
    /// </summary>
    public static bool Habitual(SentenceTree tree, int t)
    {
        for (int x = t, hops = 0; x >= 0 && hops < 4; x = tree.Head(x), hops++)
        {
            if (tree.Children(x).Any(c => tree.BaseRel(c) == "advmod" && HabitAdverbs.Contains(tree.Lower(c)))) return true;
            if (tree.BaseRel(x) is not ("xcomp" or "ccomp" or "advcl" or "obj" or "obl")) break;
        }
        return false;
    }

    private static bool Contains(string outer, string inner) =>
        EventDate.Bounds(outer) is { } o && EventDate.Bounds(inner) is { } i && o.First <= i.First && i.Last <= o.Last;

    /// <summary>A meeting noun in the sentence that is neither a verb in disguise nor a generic plural ("conferences"); none when the sentence places its event before or after a meeting.</summary>
    internal static bool SpeaksOfMeeting(SentenceTree tree, int trigger)
    {
        // "talks before the summit": placed in time against a gathering, so not held at it.
        if (TimedAgainstMeeting(tree)) return false;
        bool found = false;
        for (int w = tree.First; w < tree.End; w++)
        {
            if (tree.Upos(w) is not ("NOUN" or "PROPN")) continue;
            if (!IsMeetingOrGathering(tree, w)) continue;
            // "meeting the objectives" is the verb, whatever the tagger says.
            if (tree.Children(w).Any(c => tree.BaseRel(c) == "obj")) continue;
            if (IsGeneric(tree, w)) continue;
            found = true;
        }
        return found;
    }

    /// <summary>"international conferences": a plural with no determiner, possessive or number names no one gathering.</summary>
    internal static bool IsGeneric(SentenceTree tree, int w) =>
        tree.Lower(w).EndsWith('s') && tree.Lemma(w) != tree.Lower(w) && !MeetingNouns.Contains(tree.Lower(w))
        && !tree.Children(w).Any(c => tree.BaseRel(c) is "det" or "nummod" || tree.Rel(c) is "nmod:poss");
}
