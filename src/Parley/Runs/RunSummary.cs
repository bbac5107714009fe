using Parley.Errors;

namespace Parley.Runs;

/// <summary>What a corpus run did: counts, every problem it met, and how long it took.</summary>
public sealed record RunSummary
{
    public long RunId { get; init; }
    public int Files { get; init; }
    public int New { get; init; }
    public int Updated { get; init; }
    public int Unchanged { get; init; }
    public long Characters { get; init; }
    public IReadOnlyList<Problem> Rejected { get; init; } = [];
    public IReadOnlyList<Problem> Warnings { get; init; } = [];
    public TimeSpan Elapsed { get; init; }
    public bool Cancelled { get; init; }

    public int Articles => New + Updated + Unchanged;
}
