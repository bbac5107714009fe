namespace Parley.Pipeline;

/// <summary>Accumulated time and document count of one stage, recorded by the runner.</summary>
public sealed class StageTiming(string stage)
{
    private long _ticks;
    private long _documents;

    public string Stage { get; } = stage;
    public TimeSpan Elapsed => TimeSpan.FromTicks(Interlocked.Read(ref _ticks));
    public long Documents => Interlocked.Read(ref _documents);

    internal void Add(long ticks)
    {
        Interlocked.Add(ref _ticks, ticks);
        Interlocked.Increment(ref _documents);
    }
}
