namespace Parley.Time;

/// <summary>Which way an underspecified date points from the reference date, as the clause's tense says.</summary>
public enum TenseDirection
{
    /// <summary>No cue: the occurrence nearest the reference date is taken.</summary>
    Unknown,

    /// <summary>Past tense: the latest occurrence on or before the reference date.</summary>
    Past,

    /// <summary>Present tense: treated like <see cref="Unknown"/> (nearest), since news present tense may be either.</summary>
    Present,

    /// <summary>Future: the earliest occurrence on or after the reference date.</summary>
    Future,
}
