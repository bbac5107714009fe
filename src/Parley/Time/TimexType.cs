namespace Parley.Time;

/// <summary>The TIMEX3 type of a time expression.</summary>
public enum TimexType
{
    /// <summary>A calendar date or period: <c>2012-02-03</c>, <c>2012-W05</c>, <c>2011</c>, <c>PRESENT_REF</c>.</summary>
    Date,

    /// <summary>A time of day, possibly coarse: <c>2012-02-03T15:00</c>, <c>2012-02-03TMO</c>.</summary>
    Time,

    /// <summary>A length of time: <c>P24H</c> is written <c>PT24H</c>, <c>P10M</c>, <c>PXY</c>.</summary>
    Duration,

    /// <summary>A recurrence: <c>P1W</c> ("every week"), <c>XXXX-WXX-1</c> ("each Monday").</summary>
    Set,
}
