namespace Parley.Cli;

/// <summary>Reports progress synchronously on the caller's thread (unlike <see cref="Progress{T}"/>, which posts to the thread pool and may reorder).</summary>
internal sealed class ActionProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
