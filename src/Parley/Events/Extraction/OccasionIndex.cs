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

    private readonly IReadOnlyList<Gathering> _items;

    private OccasionIndex(IReadOnlyList<Gathering> items) => _items = items;

    public static OccasionIndex Empty { get; } = new([]);

    public int Count => _items.Count;

    /// <summary>Whether a noun lemma names a kind of gathering ("summit", "conference").</summary>
    public static bool IsGathering(string lemma) => Heads.Contains(lemma);

    /// <summary>One mention of a gathering with what its own sentence says of it.</summary>
    internal sealed record Gathering(string Head, FrozenSet<string> Words, Span Span, (EventDate Date, Span Span)? Date, PlaceMention? Place);

    public static OccasionIndex Build(IReadOnlyList<SentenceTree> trees, IReadOnlyList<PlaceMention> places, IReadOnlyList<TimeExpression> times)
    {
        var items = new List<Gathering>();
        foreach (var tree in trees)
        {
            for (int w = tree.First; w < tree.End; w++)
            {
                if (tree.Upos(w) is not ("NOUN" or "PROPN") || !Heads.Contains(tree.Lemma(w))) continue;
                var name = tree.Subtree(w, c => tree.BaseRel(c) is not ("compound" or "amod" or "flat" or "nummod" or "det"));
                var words = name
                    .Where(x => x != w && tree.Upos(x) is "PROPN" or "NOUN" or "ADJ" && tree.Lower(x).All(char.IsLetter))
                    .Select(x => tree.Lower(x))
                    .ToFrozenSet(StringComparer.Ordinal);
                var scope = new HashSet<int>(tree.Subtree(w, c => tree.BaseRel(c) is "punct" or "conj" or "cc" or "parataxis"));
                int h = tree.Head(w);
                if (h >= 0 && tree.BaseRel(w) is "nsubj" && SetPredicates.Contains(tree.Lemma(h)))
                {
                    foreach (int c in tree.Children(h))
                        if (tree.BaseRel(c) is "obl" or "advmod" or "xcomp")
                            scope.UnionWith(tree.Subtree(c, x => tree.BaseRel(x) is "punct" or "conj" or "ccomp" or "advcl"));
                }
                (EventDate, Span)? date = null;
                foreach (var time in times)
                {
                    if (date is null && scope.Any(x => tree.WordSpan(x).Overlaps(time.Span)) && EventExtractor.DateOf(time) is { } d)
                        date = (d, time.Span);
                }
                PlaceMention? place = places.FirstOrDefault(p => scope.Any(x => tree.WordSpan(x).Overlaps(p.Span)));
                items.Add(new Gathering(tree.Lemma(w), words, tree.SpanOf(name), date, place));
            }
        }
        return new OccasionIndex(items);
    }

    /// <summary>
    /// The gathering named inside <paramref name="occasion"/>, with the date and place of every mention of the
    /// same gathering in the document (a stated range wins over a single day: gatherings last).
    /// </summary>
    public Gathering? Find(Span occasion)
    {
        var own = _items.FirstOrDefault(g => g.Span.Overlaps(occasion));
        if (own is null) return null;
        var same = _items.Where(g => g == own || (g.Head == own.Head && (g.Words.Overlaps(own.Words) || g.Words.Count == 0 || own.Words.Count == 0))).ToList();
        var dated = same.Where(g => g.Date is not null).ToList();
        var date = dated.FirstOrDefault(g => g.Date!.Value.Date.Value.Contains('/'))?.Date ?? own.Date ?? dated.FirstOrDefault()?.Date;
        var place = own.Place ?? same.FirstOrDefault(g => g.Place is not null)?.Place;
        return own with { Date = date, Place = place };
    }
}
