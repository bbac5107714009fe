namespace Parley.Infrastructure;

/// <summary>The only source of "now" (for bookkeeping such as ingest times). Analysis never asks it:
/// relative dates resolve against an article's reference date.</summary>
public interface IClock
{
    DateTimeOffset UtcNow { get; }
}
