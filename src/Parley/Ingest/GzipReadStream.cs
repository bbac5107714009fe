using System.Buffers.Binary;
using System.IO.Compression;

namespace Parley.Ingest;

/// <summary>
/// Decompresses gzip and detects a truncated stream, which <see cref="GZipStream"/> does not: it returns
/// end of stream when the compressed data simply stops. At the end, the trailer's ISIZE (the last four
/// bytes of the compressed stream: uncompressed length modulo 2³²) must equal the bytes delivered;
/// otherwise reading throws <see cref="InvalidDataException"/>. A file of several concatenated gzip
/// members is decompressed whole, but its ISIZE check covers the last member only, so such a file is
/// reported as damaged (after all its data was read) — rare for article dumps, and never silent loss.
/// </summary>
internal sealed class GzipReadStream : ForwardReadStream
{
    private readonly TailStream _raw;
    private readonly GZipStream _gzip;
    private long _delivered;
    private bool _checked;

    public GzipReadStream(Stream compressed)
    {
        _raw = new TailStream(compressed);
        _gzip = new GZipStream(_raw, CompressionMode.Decompress);
    }

    public override int Read(Span<byte> buffer)
    {
        int n = _gzip.Read(buffer);
        if (n > 0)
        {
            _delivered += n;
            return n;
        }
        if (!_checked && buffer.Length > 0)
        {
            _checked = true;
            _raw.Drain();
            if (_raw.Total < 18 || _raw.LastIsize != (uint)_delivered)
                throw new InvalidDataException($"the compressed data ends early: {_delivered:N0} bytes decompressed, the gzip trailer is missing or does not match");
        }
        return 0;
    }

    protected override long? BytesRead => _delivered;

    protected override void Dispose(bool disposing)
    {
        if (disposing) _gzip.Dispose();
        base.Dispose(disposing);
    }

    /// <summary>Passes bytes through and remembers the last four, wherever the reads split them.</summary>
    private sealed class TailStream(Stream inner) : ForwardReadStream
    {
        private uint _tail;

        public long Total { get; private set; }
        public uint LastIsize => BinaryPrimitives.ReverseEndianness(_tail); // ISIZE is little-endian

        public void Drain()
        {
            Span<byte> scratch = stackalloc byte[4096];
            while (Read(scratch) > 0) { }
        }

        public override int Read(Span<byte> buffer)
        {
            int n = inner.Read(buffer);
            for (int i = Math.Max(0, n - 4); i < n; i++)
                _tail = (_tail << 8) | buffer[i];
            Total += n;
            return n;
        }

        protected override long? BytesRead => Total;

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
