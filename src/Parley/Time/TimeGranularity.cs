namespace Parley.Time;

/// <summary>How fine a resolved time value is, coarsest first; <see cref="None"/> for durations, sets and references such as <c>PRESENT_REF</c>.</summary>
public enum TimeGranularity
{
    None,
    Century,
    Decade,
    Year,
    Half,
    Quarter,
    Season,
    Month,
    Week,
    Day,
    PartOfDay,
    Minute,
}
