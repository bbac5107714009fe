namespace Parley.Events.Export;

/// <summary>
/// Maps Parley's base type + modality to the single PLOVER category of an export record (manual §2.3, §3.1, §3.4):
/// future, intended or possible CONSULT, SUPPORT, COOPERATE, AID and CONCEDE become AGREE (PLOVER reference, AGREE:
/// "all cooperative actions reported in future tense are also taken to imply intentions"); a future RETREAT becomes CONCEDE;
/// a future or conditional SANCTION, COERCE or ASSAULT becomes THREATEN;
/// the auxiliary mode goes into the contexts ("future", "negation", "hypothetical", "attempted"). Attempted,
/// hypothetical and negated events are not PLOVER events and are left out unless <c>allModalities</c> is set
/// (a refusal is already its own REJECT event, asserted).
/// </summary>
public static class PloverCategory
{
    /// <summary>The category and the auxiliary-mode contexts to add, or null when the event is not exported.</summary>
    public static (PloverType Category, string? AuxiliaryContext)? Map(EventRecord evt, bool allModalities)
    {
        switch (evt.Modality)
        {
            case EventModality.Asserted:
                return (evt.Type, null);
            case EventModality.Planned or EventModality.Intended or EventModality.Possible:
                var category = PloverCodebook.IsCooperative(evt.Type) || evt.Type == PloverType.Concede ? PloverType.Agree
                    : evt.Type == PloverType.Retreat ? PloverType.Concede
                    : Coercive(evt.Type) ? PloverType.Threaten
                    : evt.Type;
                return (category, "future");
            default:
                if (!allModalities) return null;
                return (evt.Modality == EventModality.Hypothetical && Coercive(evt.Type) ? PloverType.Threaten : evt.Type, evt.Modality switch
                {
                    EventModality.Negated => "negation",
                    EventModality.Hypothetical => "hypothetical",
                    _ => "attempted",
                });
        }
    }

    /// <summary>
    /// Sanctions, coercion and assault that are announced, intended or conditional rather than done are threats
    /// (PLOVER reference, THREATEN: threats to impose restrictions, sanctions, curfews or military rule; "will impose
    /// martial law", "may halt aid if …").
    /// </summary>
    private static bool Coercive(PloverType type) => type is PloverType.Sanction or PloverType.Coerce or PloverType.Assault;

    /// <summary>PLOVER quad category: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.</summary>
    public static int Quad(PloverType type) => type switch
    {
        PloverType.Agree or PloverType.Consult or PloverType.Support or PloverType.Concede => 1,
        PloverType.Cooperate or PloverType.Aid or PloverType.Retreat => 2,
        PloverType.Request or PloverType.Accuse or PloverType.Reject or PloverType.Threaten or PloverType.Sanction => 3,
        _ => 4,
    };
}
