namespace Parley.Events;

/// <summary>What the text says about whether the event happens (SPEC §5).</summary>
public enum EventModality
{
    /// <summary>Happened or is happening.</summary>
    Asserted,
    /// <summary>Scheduled or announced: will, is to, set to, due to.</summary>
    Planned,
    /// <summary>Wanted by a participant: hope, want, seek, intend, propose.</summary>
    Intended,
    /// <summary>May happen, unconfirmed: likely, may, could, expected.</summary>
    Possible,
    /// <summary>Did not or will not happen, or was not scheduled.</summary>
    Negated,
    /// <summary>Was tried and failed.</summary>
    Attempted,
    /// <summary>Would happen under a condition.</summary>
    Hypothetical,
}
