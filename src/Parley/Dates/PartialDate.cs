namespace Parley.Dates;

/// <summary>A calendar date whose year, month or day may be unknown (a dateline's "February 3").</summary>
public readonly record struct PartialDate(int? Year, int? Month, int? Day)
{
    public bool IsComplete => Year is not null && Month is not null && Day is not null;

    public DateOnly? ToDate() => IsComplete ? new DateOnly(Year!.Value, Month!.Value, Day!.Value) : null;

    /// <summary>ISO 8601 / TIMEX3 style: <c>2012-02-03</c>, <c>XXXX-02-26</c>, <c>2009-05</c>.</summary>
    public override string ToString()
    {
        string y = Year?.ToString("D4") ?? "XXXX";
        if (Month is null) return Day is null ? y : $"{y}-XX-{Day:D2}";
        return Day is null ? $"{y}-{Month:D2}" : $"{y}-{Month:D2}-{Day:D2}";
    }
}
