namespace Parley.Events.Extraction;

public sealed partial class EventExtractor
{
    /// <summary>
    /// The same event said again in a later sentence and adding nothing — same type, the same participants (whichever
    /// side they are on), modality, claimant, date and place as an event of an earlier sentence ("X hopes to
    /// meet Y at the summit. … 'We are working to arrange a meeting at the summit,' X said.") — is coded once (gold
    /// guidelines: a restatement is coded again only when it adds a field).
    /// </summary>
    private static bool SaidAgain(EventRecord evt, IReadOnlyList<EventRecord> earlier)
    {
        var parties = Parties(evt);
        if (parties.Count == 0) return false;
        foreach (var e in earlier)
        {
            if (e.Evidence.Sentence == evt.Evidence.Sentence || e.Type != evt.Type || e.Modality != evt.Modality) continue;
            if (e.Claimant?.Display != evt.Claimant?.Display || e.Date != evt.Date || e.Place?.Text != evt.Place?.Text) continue;
            if (Parties(e).SetEquals(parties)) return true;
        }
        return false;

        static HashSet<string> Parties(EventRecord r) => [.. r.Actors.Concat(r.Recipients).Select(a => a.Display)];
    }
}
