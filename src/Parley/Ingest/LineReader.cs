namespace Parley.Ingest;

/// <summary>
/// Reads <c>\n</c>-terminated lines of bytes from a stream with bounded memory: a line longer than the
/// limit is skipped to its end and reported as too long, never buffered whole. A returned line is valid
/// until the next call. Not thread-safe.
/// </summary>
internal sealed class LineReader(Stream stream, long maxLineBytes)
{
    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private bool _eof;

    /// <summary>1-based number of the line last returned.</summary>
    public int LineNumber { get; private set; }

    /// <summary>
    /// The next line without its terminator (<c>\n</c> or <c>\r\n</c>), or false at end of input.
    /// <paramref name="terminated"/> is false for a last line without a newline; <paramref name="length"/>
    /// is the full length even when <paramref name="tooLong"/> left <paramref name="line"/> empty.
    /// </summary>
    public bool Next(out ReadOnlyMemory<byte> line, out long length, out bool tooLong, out bool terminated)
    {
        line = default;
        length = 0;
        tooLong = false;
        terminated = true;
        int scanFrom = _start;
        while (true)
        {
            int nl = _buffer.AsSpan(scanFrom, _end - scanFrom).IndexOf((byte)'\n');
            if (nl >= 0)
            {
                int lineEnd = scanFrom + nl;
                LineNumber++;
                if (tooLong || lineEnd - _start > maxLineBytes)
                {
                    length += lineEnd - _start;
                    tooLong = true;
                }
                else
                {
                    int e = lineEnd > _start && _buffer[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
                    line = _buffer.AsMemory(_start, e - _start);
                    length = e - _start;
                }
                _start = lineEnd + 1;
                return true;
            }

            if (!tooLong && _end - _start > maxLineBytes)
            {
                // Too long: forget what we have and skip to the end of the line.
                tooLong = true;
                length = _end - _start;
                _start = _end;
            }
            else if (tooLong)
            {
                length += _end - _start;
                _start = _end;
            }

            if (_eof)
            {
                if (_end == _start && !tooLong)
                    return false;
                LineNumber++;
                terminated = false;
                if (!tooLong && _end - _start > maxLineBytes)
                {
                    tooLong = true;
                    length = _end - _start;
                }
                else if (!tooLong)
                {
                    line = _buffer.AsMemory(_start, _end - _start);
                    length = _end - _start;
                }
                _start = _end;
                return true;
            }

            scanFrom = Fill();
        }
    }

    /// <summary>Reads more bytes, compacting or growing the buffer; returns where unscanned data begins.</summary>
    private int Fill()
    {
        int pending = _end - _start;
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, pending);
            _start = 0;
            _end = pending;
        }
        if (_end == _buffer.Length)
            Array.Resize(ref _buffer, _buffer.Length * 2);
        int n = stream.Read(_buffer, _end, _buffer.Length - _end);
        if (n == 0) _eof = true;
        int scanFrom = _end;
        _end += n;
        return scanFrom;
    }
}
