using Parley.Documents;
using Parley.Entities.Places;
using Parley.Events.Lexicon;

namespace Parley.Events.Extraction;

/// <summary>
/// Where joint military exercises are held, and who hosts them. Pure.
/// </summary>
public sealed partial class EventExtractor
{
    /// <summary>
    /// "the alliance's drills currently held in Moldova", "NATO's exercises underway there": joint exercises held on a
    /// country's soil are held with that country's consent and forces, so its government is their other side
    /// (COOPERATE), unless it is already among the doers. The place is a place phrase ("in", "on", "off") in the
    /// exercise noun's own phrase, or the locative pro-form "there" in it, which stands for the last place with a
    /// known country named as a place before it in the article (the same sentence or an earlier one; see ThereAntecedent). Parsers often hang a
    /// reduced relative ("drills currently held there", "games underway there") on the main clause, so the words
    /// right after the noun are read too: a participle or adjective, with adverbs around it, then "there" or the place
    /// phrase ("there" right after the noun, with no reduced relative, may be existential and is not read).
    /// </summary>
    private static void ExerciseHost(SentenceTree tree, DocumentContext ctx, TriggerMatch trigger, PloverType type,
        List<(ActorRef Ref, Span Span)> actors, List<(ActorRef Ref, Span Span)> recipients)
    {
        if (type != PloverType.Cooperate || recipients.Count > 0 || actors.Count == 0) return;
        bool exercise = trigger.Kind == TriggerKind.Noun ? ExerciseNouns.Contains(tree.Lower(trigger.Word))
            : trigger.Kind == TriggerKind.LightVerb && trigger.Consumed.Any(c => ExerciseNouns.Contains(tree.Lower(c)));
        if (!exercise) return;
        var phrase = tree.Subtree(trigger.Word, c => tree.BaseRel(c) is "punct" or "conj" or "cc" or "parataxis" or "acl:relcl" or "nmod:poss");
        PlaceMention? host = null;
        Span? evidence = null;
        foreach (int w in phrase.Order())
        {
            if (tree.Lower(w) == "there" && tree.BaseRel(w) == "advmod")
            {
                int at = tree.WordSpan(w).Start;
                host = ThereAntecedent(ctx, at);
                evidence = host?.Span;
                break;
            }
            if (tree.CaseOf(w) is "in" or "on" or "off" && ctx.Places.FirstOrDefault(p => p.Country is not null && p.Span.Overlaps(tree.WordSpan(w))) is { } named)
            {
                (host, evidence) = (named, named.Span);
                break;
            }
        }
        if (host is null && ReducedRelativePlace(tree, ctx, trigger.Word) is { } after) (host, evidence) = (after, after.Span);
        if (host?.Country is not { } country || evidence is not { } span || actors.Any(a => a.Ref.Country == country)) return;
        recipients.Add((new ActorRef(host.Text, Country: country, Sector: "GOV"), span));
    }

    // "drills currently held there", "games underway in Moldova": the place after a reduced relative on noun n (a
    // participle the tagger may read as a past tense), read
    // off the words; null when the words after n are not a participle or adjective (with adverbs) and then a place.
    private static PlaceMention? ReducedRelativePlace(SentenceTree tree, DocumentContext ctx, int n)
    {
        int w = AfterReducedRelative(tree, n, pastTenseToo: true);
        if (w < 0) return null;
        if (tree.Lower(w) == "there")
        {
            int at = tree.WordSpan(w).Start;
            return ThereAntecedent(ctx, at);
        }
        if (tree.Lower(w) is "in" or "on" or "off" && w + 1 < tree.End)
            return ctx.Places.FirstOrDefault(p => p.Country is not null && p.Span.Start >= tree.WordSpan(w).End && p.Span.Start <= tree.WordSpan(w).End + 5);
        return null;
    }

    /// <summary>
    /// The word right after a reduced relative on noun n ("games | currently underway | there"): a participle or
    /// adjective with adverbs around it, within four words (with <paramref name="pastTenseToo"/>, a participle the
    /// tagger read as a past tense counts); -1 when the words after n are no such run or the sentence ends.
    /// </summary>
    private static int AfterReducedRelative(SentenceTree tree, int n, bool pastTenseToo)
    {
        int w = n + 1;
        bool participle = false;
        for (; w < tree.End && w <= n + 4; w++)
        {
            if (tree.Upos(w) == "ADV" && tree.Lower(w) != "there") continue;
            if (tree.Lower(w) is "underway" || tree.Tags.Xpos[w] is "VBN" or "VBG" || (pastTenseToo && tree.Tags.Xpos[w] == "VBD") || tree.Upos(w) == "ADJ")
            {
                participle = true;
                continue;
            }
            break;
        }
        return participle && w < tree.End ? w : -1;
    }

    /// <summary>
    /// What "there" at offset <paramref name="at"/> stands for: the last place with a known country named before it as a
    /// place, in a place phrase ("in Moldova", "to the region of Tavush", "from Kyiv"); a place name used as a
    /// modifier or a doer ("the US support", "Ukraine said") names a country as an actor, not a location, and is
    /// passed over. Null when there is none.
    /// </summary>
    private static PlaceMention? ThereAntecedent(DocumentContext ctx, int at) =>
        ctx.Places.Where(p => p.Span.End <= at && p.Country is not null && LocativeBefore(ctx.Text, p.Span.Start)).MaxBy(p => p.Span.Start);

    private static readonly System.Text.RegularExpressions.Regex LocativePrefix = new(
        @"\b(?:in|at|to|into|from|near|inside|across|throughout|around|within|toward|towards)\s+(?:the\s+)?(?:\w+\s+of\s+(?:the\s+)?)?$",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // Whether a place starting at offset start is the object of a place preposition, read off the few words before it.
    private static bool LocativeBefore(string text, int start)
    {
        int from = Math.Max(0, start - 40);
        return LocativePrefix.IsMatch(text.AsSpan(from, start - from).ToString());
    }
}
