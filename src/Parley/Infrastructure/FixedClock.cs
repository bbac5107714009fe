namespace Parley.Infrastructure;

/// <summary>A clock that says what it is told: for tests and reproducible runs.</summary>
public sealed class FixedClock(DateTimeOffset now) : IClock
{
    public DateTimeOffset UtcNow { get; set; } = now;
}
