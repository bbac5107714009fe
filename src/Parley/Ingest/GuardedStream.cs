namespace Parley.Ingest;

/// <summary>
/// A read-only stream that turns a read failure (a truncated or corrupt gzip stream, an I/O error)
/// into end of stream and remembers it in <see cref="Failure"/>. Readers then simply see the data that
/// came before the damage and the caller decides what to report: one iterator can keep the records it
/// already yielded, which a <c>try</c>/<c>catch</c> around <c>yield</c> could not.
/// </summary>
/// <param name="inner">The stream read from; disposed with this one.</param>
/// <param name="watched">A guarded stream further down the chain whose failure counts as this one's
/// (it turned its failure into an end of stream that the layers above could not see as damage).</param>
internal sealed class GuardedStream(Stream inner, GuardedStream? watched = null) : ForwardReadStream
{
    private Exception? _failure;

    public Exception? Failure => _failure ?? watched?.Failure;

    /// <summary>Bytes delivered to the reader so far.</summary>
    public long Position64 { get; private set; }

    public override int Read(Span<byte> buffer)
    {
        if (_failure is not null) return 0;
        try
        {
            int n = inner.Read(buffer);
            Position64 += n;
            return n;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            _failure = ex;
            return 0;
        }
    }

    protected override long? BytesRead => Position64;

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
