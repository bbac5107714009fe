namespace Parley.Events;

/// <summary>
/// The 16 PLOVER v2.0 event types (SPEC §4). An event record always carries the <b>base</b> type of what happened
/// or is said to happen; certainty lives in <see cref="EventModality"/>, never in the type.
/// </summary>
public enum PloverType
{
    Agree,
    Consult,
    Support,
    Concede,
    Cooperate,
    Aid,
    Retreat,
    Request,
    Accuse,
    Reject,
    Threaten,
    Protest,
    Sanction,
    Mobilize,
    Coerce,
    Assault,
}
