namespace Parley.Ingest;

/// <summary>Reads a caller's stream without disposing it: the caller who opened it closes it.</summary>
internal sealed class NonClosingStream(Stream inner) : ForwardReadStream
{
    public override int Read(Span<byte> buffer) => inner.Read(buffer);
}
