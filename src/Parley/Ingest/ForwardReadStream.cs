namespace Parley.Ingest;

/// <summary>
/// Base of the ingest stream wrappers: readable once, front to back, never seekable or writable.
/// A subclass implements <see cref="Read(Span{byte})"/> and may report how far it has read.
/// </summary>
internal abstract class ForwardReadStream : Stream
{
    /// <summary>Bytes delivered so far, where the subclass tracks them; null when it does not.</summary>
    protected virtual long? BytesRead => null;

    public abstract override int Read(Span<byte> buffer);

    public sealed override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public sealed override bool CanRead => true;
    public sealed override bool CanSeek => false;
    public sealed override bool CanWrite => false;
    public sealed override long Length => throw new NotSupportedException();

    public sealed override long Position
    {
        get => BytesRead ?? throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public sealed override void Flush() { }
    public sealed override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public sealed override void SetLength(long value) => throw new NotSupportedException();
    public sealed override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
