namespace Parley.Time;

/// <summary>
/// What a rule read from an expression, before normalisation: the parts written in the text, as numbers and codes.
/// Built by the recogniser from a rule's named groups; built directly by tests of <see cref="TimeNormalizer"/>.
/// Weekdays are ISO numbers (Monday = 1); <see cref="Num"/> is null for "several" (written <c>X</c>).
/// </summary>
public sealed record TimeFields
{
    public int? Year { get; init; }
    public int? Month { get; init; }
    public int? Day { get; init; }
    public int? Year2 { get; init; }
    public int? Month2 { get; init; }
    public int? Day2 { get; init; }
    public int? Weekday { get; init; }

    /// <summary>Offset of last/this/next (−1, 0, 1) before the unit, weekday, month or season.</summary>
    public int? Rel { get; init; }

    /// <summary>Offset of "last/this/next year" after a quarter or half ("the first quarter of last year").</summary>
    public int? YearRel { get; init; }

    /// <summary>TIMEX3 unit code from the lexicon: <c>Y M W D TH TM TS DE CE Q WE 2W</c>.</summary>
    public string? Unit { get; init; }
    public bool HasNumber { get; init; }
    public double? Num { get; init; }
    public bool Ago { get; init; }
    public string? Deictic { get; init; }
    public string? Season { get; init; }
    public string? Part { get; init; }
    public string? Edge { get; init; }
    public string? Approx { get; init; }
    public int? Quarter { get; init; }
    public int? Half { get; init; }
    public int? Decade { get; init; }
    public int? Decade2 { get; init; }
    public int? Century { get; init; }
    public string? Frequency { get; init; }
    public int? SetWeekday { get; init; }
    public bool Every { get; init; }
    public int? Hour { get; init; }
    public int? Minute { get; init; }
    public bool? Pm { get; init; }
    public bool Utc { get; init; }
    public bool Fiscal { get; init; }

    /// <summary>A literal value fixed by the rule (<c>PAST_REF</c>).</summary>
    public string? Literal { get; init; }
}
