using Parley.Events;

namespace Parley.Store;

/// <summary>Filters of <see cref="ArticleStore.ListEvents"/>; null means "any". Text filters are case-insensitive substrings.</summary>
public sealed record EventQuery
{
    /// <summary>An actor, recipient's name or text containing this, or its country code.</summary>
    public string? Actor { get; init; }

    /// <summary>Two participants that must both take part (any roles).</summary>
    public (string A, string B)? Pair { get; init; }

    public PloverType? Type { get; init; }
    public EventModality? Modality { get; init; }

    /// <summary>ISO date or prefix: events whose date (range) ends on or after it. Undated events are left out.</summary>
    public string? Since { get; init; }

    /// <summary>ISO date or prefix: events whose date (range) starts on or before it. Undated events are left out.</summary>
    public string? Until { get; init; }

    /// <summary>The place as written or resolved contains this.</summary>
    public string? Place { get; init; }

    public string? ArticleId { get; init; }
    public int Limit { get; init; } = 1000;
    public int Offset { get; init; }
}
