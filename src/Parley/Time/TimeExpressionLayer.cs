namespace Parley.Time;

/// <summary>The <c>times</c> layer: every time expression of the analysed regions, in text order, non-overlapping.</summary>
public sealed record TimeExpressionLayer(IReadOnlyList<TimeExpression> Items)
{
    public static TimeExpressionLayer Empty { get; } = new([]);
}
