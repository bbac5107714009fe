namespace Parley.Infrastructure;

/// <summary>The machine clock; the one place the project reads it.</summary>
public sealed class SystemClock : IClock
{
    public static SystemClock Instance { get; } = new();

    public DateTimeOffset UtcNow => DateTimeOffset.UtcNow;
}
