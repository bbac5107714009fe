using System.Collections.Frozen;
using Parley.Documents;
using Parley.Entities.Places;
using Parley.Time;

namespace Parley.Events.Extraction;

/// <summary>
/// The named gatherings of one document (conferences, summits, sessions) with the date and place the article
/// gives them anywhere: in the phrase itself ("the Munich Security Conference"), in a relative clause ("the
/// conference that begins in Munich on Friday") or as the predicate whose subject it is ("The conference will
/// run on February 3-5"). Mentions of one gathering are tied by their head noun and a shared modifier
/// ("the Munich conference" and "the 38th Munich Security Conference"), so an event at one mention gets the
/// date and place stated at another.
/// </summary>
internal sealed class OccasionIndex
{
    private static readonly FrozenSet<string> Heads = new[]
    {
        "conference", "summit", "forum", "session", "assembly", "congress", "ceremony", "convention", "games",
    }.ToFrozenSet();

    private static readonly FrozenSet<string> SetPredicates = new[]
    {
        "run", "begin", "open", "start", "end", "close", "take", "hold", "be", "plan", "schedule", "set", "convene", "meet",
    }.ToFrozenSet();

    // Verbs whose object is the gathering itself: "hold talks", "convene a summit".
    private static readonly FrozenSet<string> LightVerbs = new[] { "hold", "have", "conduct", "convene", "host", "open", "attend" }.ToFrozenSet();

    private readonly IReadOnlyList<Gathering> _items;

    private OccasionIndex(IReadOnlyList<Gathering> items, DocumentSetting? setting = null)
    {
        _items = items;
        Setting = setting;
    }

    public static OccasionIndex Empty { get; } = new([]);

    public int Count => _items.Count;

    /// <summary>Whether a noun lemma names a kind of gathering ("summit", "conference").</summary>
    public static bool IsGathering(string lemma) => Heads.Contains(lemma);

    /// <summary>One mention of a gathering with what its own sentence says of it.</summary>
    internal sealed record Gathering(string Head, FrozenSet<string> Words, Span Span, (EventDate Date, Span Span)? Date, PlaceMention? Place)
    {
        /// <summary>"international conferences": names no one gathering, so it shares no date or place.</summary>
        public bool Generic { get; init; }
    }

    /// <param name="reference">The article's reference date, when known to the day.</param>
    public static OccasionIndex Build(IReadOnlyList<SentenceTree> trees, IReadOnlyList<PlaceMention> places, IReadOnlyList<TimeExpression> times, DateOnly? reference = null)
    {
        var items = new List<Gathering>();
        var leads = new List<(Gathering Mention, bool Named, SentenceTree Tree)>();
        int lead = 0;
        foreach (var tree in trees)
        {
            bool inLead = tree.End > tree.First && lead++ < DocumentSetting.LeadSentences;
            for (int w = tree.First; w < tree.End; w++)
            {
                if (tree.Upos(w) is not ("NOUN" or "PROPN")) continue;
                bool named = Heads.Contains(tree.Lemma(w));
                if (!named && !(inLead && DocumentSetting.IsMeetingNoun(tree, w))) continue;
                var mention = Mention(tree, w, places, times) with { Generic = DocumentSetting.IsGeneric(tree, w) };
                if (named) items.Add(mention);
                if (inLead && !mention.Generic && (mention.Date is not null || mention.Place is not null)) leads.Add((mention, named, tree));
            }
        }
        return new OccasionIndex(items, ChooseSetting(new OccasionIndex(items), leads, times, reference)) { Reference = reference };
    }

    /// <summary>The gathering the article is about, if its opening sentences name one with a date or place (see <see cref="DocumentSetting"/>).</summary>
    public DocumentSetting? Setting { get; }

    /// <summary>The article's reference date, when known to the day.</summary>
    public DateOnly? Reference { get; private init; }

    private static DocumentSetting? ChooseSetting(OccasionIndex index, List<(Gathering Mention, bool Named, SentenceTree Tree)> leads, IReadOnlyList<TimeExpression> times, DateOnly? reference)
    {
        if (leads.Count == 0) return null;
        // Dated and placed first; among those a named gathering before talks held during it ("talks during the conference").
        var (setting, _, tree) = leads
            .Select(l => (Mention: l.Named ? index.Find(l.Mention.Span) ?? l.Mention : l.Mention, l.Named, l.Tree))
            .OrderByDescending(l => l.Mention.Date is not null && l.Mention.Place is not null)
            .ThenByDescending(l => l.Named)
            .First();
        bool ahead = setting.Date is { } d
            ? times.FirstOrDefault(t => t.Span == d.Span)?.Tense is not TenseDirection.Past
            : !ToldAsPast(tree, setting.Span);
        return new DocumentSetting(setting.Date, setting.Place, ahead) { Reference = reference };
    }

    /// <summary>
    /// Whether the predicate a mention hangs on is a past report ("During his speech at the conference, he said"), not
    /// a future or present one ("a breakthrough will be reached at the talks").
    /// </summary>
    private static bool ToldAsPast(SentenceTree tree, Span mention)
    {
        int w = -1;
        for (int x = tree.First; x < tree.End; x++)
            if (tree.WordSpan(x).Overlaps(mention) && (w < 0 || tree.Depth(x) < tree.Depth(w))) w = x;
        for (int guard = 0; w >= 0 && guard < 8 && tree.Upos(w) is not ("VERB" or "AUX"); guard++) w = tree.Head(w);
        if (w < 0) return false;
        var aux = tree.Children(w).Where(c => tree.BaseRel(c) is "aux").Select(c => tree.Lemma(c)).ToList();
        if (aux.Contains("will") || aux.Contains("shall")) return false;
        return tree.Tags.Xpos[w] is "VBD" || (tree.Tags.Xpos[w] is "VBN" && aux.Contains("have"));
    }

    private static Gathering Mention(SentenceTree tree, int w, IReadOnlyList<PlaceMention> places, IReadOnlyList<TimeExpression> times)
    {
        var name = tree.Subtree(w, c => tree.BaseRel(c) is not ("compound" or "amod" or "flat" or "nummod" or "det"));
        var words = name
            .Where(x => x != w && tree.Upos(x) is "PROPN" or "NOUN" or "ADJ" && tree.Lower(x).All(char.IsLetter))
            .Select(x => tree.Lower(x))
            .ToFrozenSet(StringComparer.Ordinal);
        var scope = new HashSet<int>(tree.Subtree(w, c => tree.BaseRel(c) is "punct" or "conj" or "cc" or "parataxis"));
        int h = tree.Head(w);
        // "The conference will run on March 3-5"; "they will hold talks in Oslo on Thursday".
        if (h >= 0 && (tree.BaseRel(w) is "nsubj" && SetPredicates.Contains(tree.Lemma(h)) || tree.BaseRel(w) is "obj" && LightVerbs.Contains(tree.Lemma(h))))
        {
            foreach (int c in tree.Children(h))
                if (tree.BaseRel(c) is "obl" or "advmod" or "xcomp")
                    scope.UnionWith(tree.Subtree(c, x => tree.BaseRel(x) is "punct" or "conj" or "ccomp" or "advcl"));
        }
        (EventDate, Span)? date = null;
        var phrase = tree.SpanOf([.. scope.Order()]);
        foreach (var time in times)
        {
            // "the talks in Berlin on Tuesday" is often parsed with the date on the verb: a date right after the phrase still dates it.
            bool adjacent = time.Span.Start >= phrase.End && time.Span.Start - phrase.End <= 4
                && tree.Tokens.SentenceSpan(tree.Sentence).Contains(time.Span)
                && tree.Tokens.Text.AsSpan(phrase.End, time.Span.Start - phrase.End).Trim() is var gap && gap is "on" or "in" or "at" or "";
            if (date is null && (adjacent || scope.Any(x => tree.WordSpan(x).Overlaps(time.Span))) && EventExtractor.DateOf(time) is { } d)
                date = (d, time.Span);
        }
        PlaceMention? place = places.FirstOrDefault(p => scope.Any(x => tree.WordSpan(x).Overlaps(p.Span)) && !IsParticipant(tree, p, scope));
        return new Gathering(tree.Lemma(w), words, tree.SpanOf(name), date, place);
    }

    // "talks with Sudan", "the summit between Kenya and Uganda": a country the gathering is held with is a side of it, not where it is.
    private static readonly FrozenSet<string> ParticipantCases = new[] { "with", "between", "among", "against" }.ToFrozenSet();

    /// <summary>Whether the place is named in the gathering's phrase as one of its sides ("talks with Sudan", "between
    /// Kenya and Uganda") rather than as where it is ("talks in Khartoum").</summary>
    private static bool IsParticipant(SentenceTree tree, PlaceMention place, HashSet<int> scope)
    {
        int x = scope.Order().FirstOrDefault(i => tree.WordSpan(i).Overlaps(place.Span), -1);
        if (x < 0) return false;
        while (tree.Head(x) is int h && h >= 0 && tree.WordSpan(h).Overlaps(place.Span)) x = h;
        if (tree.BaseRel(x) == "conj" && tree.Head(x) is int first && first >= 0) x = first;
        return tree.Children(x).Any(c => tree.BaseRel(c) == "case" && ParticipantCases.Contains(tree.Lower(c)));
    }

    /// <summary>
    /// The gathering named inside <paramref name="occasion"/>, with the date and place of every mention of the
    /// same gathering in the document (a stated range wins over a single day: gatherings last).
    /// </summary>
    public Gathering? Find(Span occasion)
    {
        var own = _items.FirstOrDefault(g => g.Span.Overlaps(occasion));
        if (own is null || own.Generic) return null;
        var same = _items.Where(g => g == own || (!g.Generic && g.Head == own.Head && (g.Words.Overlaps(own.Words) || g.Words.Count == 0 || own.Words.Count == 0))).ToList();
        var dated = same.Where(g => g.Date is not null).ToList();
        var date = dated.FirstOrDefault(g => g.Date!.Value.Date.Value.Contains('/'))?.Date ?? own.Date ?? dated.FirstOrDefault()?.Date;
        var place = own.Place ?? same.FirstOrDefault(g => g.Place is not null)?.Place;
        return own with { Date = date, Place = place };
    }
}
