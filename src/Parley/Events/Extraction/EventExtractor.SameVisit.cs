using Parley.Documents;

namespace Parley.Events.Extraction;

/// <summary>
/// One visit or meeting told twice: "Her hosts are preparing a state visit by the chancellor to Ottawa. The chancellor
/// will fly to Canada in October." A visit or meeting named by a noun with no date of its own ("a state visit", "the
/// talks") is the same event as a dated one of the same kind told within two sentences before or after it, by the same
/// participants, to or in the same country, and with the same footing (both said to have happened, or neither): it takes
/// that date, as inherited. Pure.
/// </summary>
public sealed partial class EventExtractor
{
    /// <summary>How many sentences apart two mentions of one visit or meeting may be.</summary>
    private const int SameVisitWindow = 2;

    /// <summary>The events of a document with the dates that undated noun mentions of a visit or meeting take from a dated mention of the same one.</summary>
    private static void DateSameVisits(List<EventRecord> events, IReadOnlyList<SentenceTree> trees)
    {
        // Each event's sentence, found once (a date given below does not move an event).
        var sentences = events.Select(e => SentenceOf(trees, e.Evidence.Sentence)).ToArray();
        for (int i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e.Date is not null || e.Type != PloverType.Consult || sentences[i] is not { } at) continue;
            var (tree, s) = at;
            int w = -1;
            for (int x = tree.First; x < tree.End; x++)
                if (tree.WordSpan(x).Overlaps(e.Evidence.Trigger)) { w = x; break; }
            if (w < 0 || tree.Upos(w) != "NOUN") continue;
            EventRecord? same = null;
            for (int j = 0; j < events.Count; j++)
            {
                var o = events[j];
                if (o == e || o.Date is null || o.Type != e.Type || o.Date.Resolution == DateResolution.Inherited) continue;
                if (sentences[j] is not { } other || Math.Abs(other.Index - s) > SameVisitWindow) continue;
                if ((o.Modality == EventModality.Asserted) != (e.Modality == EventModality.Asserted)) continue;
                if (!SameSides(e, o)) continue;
                if (same is not null && same.Date!.Value != o.Date.Value) { same = null; break; }
                same = o;
            }
            if (same?.Date is not { } date) continue;
            var fields = new Dictionary<string, Span>(e.Evidence.Fields);
            if (same.Evidence.Fields.TryGetValue("date", out var span)) fields["date"] = span;
            events[i] = e with { Date = date with { Resolution = DateResolution.Inherited }, Evidence = e.Evidence with { Fields = fields } };
        }
    }

    // The same doers, and the same other side or place by country: "a visit by the chancellor to Ottawa" and "the
    // chancellor will fly to Canada".
    private static bool SameSides(EventRecord a, EventRecord b)
    {
        static string Key(ActorRef r) => r.Name ?? (r.Country is { } c ? c : r.Text.ToLowerInvariant());
        var doersA = a.Actors.Select(Key).ToHashSet();
        var doersB = b.Actors.Select(Key).ToHashSet();
        if (doersA.Count == 0 || !doersA.SetEquals(doersB)) return false;
        var sideA = a.Recipients.Select(r => r.Country).Append(a.Place?.Country).OfType<string>().ToHashSet();
        var sideB = b.Recipients.Select(r => r.Country).Append(b.Place?.Country).OfType<string>().ToHashSet();
        return sideA.Count > 0 && sideA.SetEquals(sideB);
    }

    private static (SentenceTree Tree, int Index)? SentenceOf(IReadOnlyList<SentenceTree> trees, Span sentence)
    {
        for (int i = 0; i < trees.Count; i++)
            if (trees[i].End > trees[i].First && trees[i].Tokens.SentenceSpan(trees[i].Sentence).Overlaps(sentence)) return (trees[i], i);
        return null;
    }
}
