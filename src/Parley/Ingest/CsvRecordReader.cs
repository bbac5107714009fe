namespace Parley.Ingest;

/// <summary>
/// Reads RFC 4180 records from a stream at the byte level: quoted fields may hold commas, doubled
/// quotes and line breaks. Working on bytes is safe for UTF-8 and the single-byte legacy pages (the
/// delimiters are ASCII), and lets each field be decoded on its own. Lenient where RFC 4180 is silent:
/// a quote inside an unquoted field is kept as a character, text after a closing quote is appended.
/// A record larger than the limit is skipped to its end, not buffered. Not thread-safe.
/// </summary>
internal sealed class CsvRecordReader(Stream stream, long maxRecordBytes)
{
    private readonly byte[] _input = new byte[64 * 1024];
    private int _pos;
    private int _len;
    private bool _eof;
    private int _line = 1;

    private byte[] _data = new byte[16 * 1024];
    private int _dataLength;
    private readonly List<(int Start, int End)> _fields = [];

    /// <summary>1-based line on which the last record started.</summary>
    public int StartLine { get; private set; }

    public int FieldCount => _fields.Count;

    /// <summary>The last record was larger than the limit; its fields are not available.</summary>
    public bool TooLong { get; private set; }

    /// <summary>The last record ended inside a quoted field (end of input before the closing quote).</summary>
    public bool UnterminatedQuote { get; private set; }

    public long RecordBytes { get; private set; }

    public ReadOnlySpan<byte> Field(int index) => _data.AsSpan(_fields[index].Start, _fields[index].End - _fields[index].Start);

    /// <summary>Reads the next record; false at end of input. Blank lines between records are skipped.</summary>
    public bool Next()
    {
        _fields.Clear();
        _dataLength = 0;
        TooLong = false;
        UnterminatedQuote = false;
        RecordBytes = 0;

        int b;
        // Skip blank lines: they carry no record.
        while ((b = Peek()) == '\n' || b == '\r')
        {
            Take();
        }
        if (b < 0) return false;
        StartLine = _line;

        int fieldStart = 0;
        bool inQuotes = false, quotedField = false, atFieldStart = true;
        while (true)
        {
            b = Take();
            if (b < 0)
            {
                UnterminatedQuote = inQuotes;
                EndField(fieldStart);
                return true;
            }
            RecordBytes++;
            if (inQuotes)
            {
                if (b == '"')
                {
                    if (Peek() == '"') { Take(); RecordBytes++; Append((byte)'"'); }
                    else inQuotes = false;
                }
                else
                {
                    Append((byte)b);
                }
                continue;
            }
            if (b == ',')
            {
                EndField(fieldStart);
                fieldStart = _dataLength;
                atFieldStart = true;
                quotedField = false;
                continue;
            }
            if (b == '\n' || b == '\r')
            {
                if (b == '\r' && Peek() == '\n') Take();
                EndField(fieldStart);
                return true;
            }
            if (b == '"' && atFieldStart && !quotedField)
            {
                inQuotes = quotedField = true;
                atFieldStart = false;
                continue;
            }
            atFieldStart = false;
            Append((byte)b);
        }
    }

    private void EndField(int fieldStart) => _fields.Add((fieldStart, _dataLength));

    private void Append(byte b)
    {
        if (TooLong) return;
        if (_dataLength >= maxRecordBytes)
        {
            TooLong = true;
            return;
        }
        if (_dataLength == _data.Length)
            Array.Resize(ref _data, _data.Length * 2);
        _data[_dataLength++] = b;
    }

    private int Peek()
    {
        if (_pos == _len && !Fill()) return -1;
        return _input[_pos];
    }

    private int Take()
    {
        if (_pos == _len && !Fill()) return -1;
        byte b = _input[_pos++];
        if (b == '\n') _line++;
        return b;
    }

    private bool Fill()
    {
        if (_eof) return false;
        _len = stream.Read(_input, 0, _input.Length);
        _pos = 0;
        if (_len == 0) _eof = true;
        return _len > 0;
    }
}
