using System.Text;
using Parley.Errors;
using Parley.Ingest;

namespace Parley.Tests.Ingest;

/// <summary>Bad input becomes a coded rejection naming the input (and line), never an exception, never the end of the run.</summary>
public sealed class InputReaderRejectionTests : IDisposable
{
    private readonly TempFolder _dir = new();
    private readonly InputReader _reader = new();

    public void Dispose() => _dir.Dispose();

    private static Problem SingleError(IngestItem item)
    {
        Assert.True(item.IsRejected);
        return Assert.Single(item.Problems, p => p.Severity == Severity.Error);
    }

    [Fact]
    public void An_empty_file_is_rejected_as_empty_input()
    {
        string path = _dir.Write("empty.txt", []);
        var error = SingleError(Assert.Single(_reader.Read(path)));
        Assert.Equal(ErrorCode.EmptyInput, error.Code);
        Assert.Equal(path, error.Origin!.Value.Path);
    }

    [Fact]
    public void A_whitespace_only_file_is_rejected_as_empty_input()
    {
        string path = _dir.Write("blank.txt", " \r\n\t\n");
        Assert.Equal(ErrorCode.EmptyInput, SingleError(Assert.Single(_reader.Read(path))).Code);
    }

    [Fact]
    public void A_binary_file_is_rejected_as_binary_input()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[10] = 0;
        string path = _dir.Write("image.txt", bytes);
        var error = SingleError(Assert.Single(_reader.Read(path)));
        Assert.Equal(ErrorCode.BinaryInput, error.Code);
        Assert.Equal(path, error.Origin!.Value.Path);
    }

    [Fact]
    public void A_truncated_gzip_keeps_the_records_before_the_damage_and_is_rejected_as_truncated()
    {
        var lines = new StringBuilder();
        for (int i = 1; i <= 2000; i++)
            lines.Append($"{{\"id\":\"a{i}\",\"text\":\"Article number {i} about talks {Guid.NewGuid()}.\"}}\n");
        byte[] gz = TempFolder.Gzip(Encoding.UTF8.GetBytes(lines.ToString()));
        string path = _dir.Write("cut.jsonl.gz", gz[..(gz.Length / 2)]);

        var items = _reader.Read(path).ToList();
        var articles = items.Where(i => !i.IsRejected).ToList();
        Assert.NotEmpty(articles);
        Assert.True(articles.Count < 2000);
        Assert.Equal(Enumerable.Range(1, articles.Count).Select(i => $"a{i}"), articles.Select(a => a.Article!.Id));
        var error = SingleError(items[^1]);
        Assert.Equal(ErrorCode.TruncatedGzip, error.Code);
        Assert.Equal(path, error.Origin!.Value.Path);
    }

    [Fact]
    public void A_truncated_gzip_text_file_is_rejected_as_truncated()
    {
        byte[] gz = TempFolder.Gzip(string.Concat(Enumerable.Repeat("Lavrov met Clinton in Munich. ", 500)));
        string path = _dir.Write("cut.txt.gz", gz[..(gz.Length - 12)]);
        Assert.Equal(ErrorCode.TruncatedGzip, SingleError(Assert.Single(_reader.Read(path))).Code);
    }

    [Fact]
    public void A_file_that_is_not_gzip_despite_its_name_is_rejected_as_corrupt_gzip()
    {
        string path = _dir.Write("plain.txt.gz", "not compressed at all");
        Assert.Equal(ErrorCode.TruncatedGzip, SingleError(Assert.Single(_reader.Read(path))).Code);
    }

    [Fact]
    public void Invalid_utf8_is_decoded_with_a_warning_naming_the_byte_offset()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Лавров и Клинтон "), 0xC3, 0x28, .. Encoding.UTF8.GetBytes(" встретились")];
        string path = _dir.Write("bad.txt", bytes);
        var item = Assert.Single(_reader.Read(path));
        Assert.False(item.IsRejected);
        var warning = Assert.Single(item.Problems);
        Assert.Equal(ErrorCode.InvalidEncoding, warning.Code);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(path, warning.Origin!.Value.Path);
        Assert.Contains($"offset {Encoding.UTF8.GetByteCount("Лавров и Клинтон ")}", warning.Message);
        Assert.Contains('\uFFFD', item.Article!.Text);
    }

    [Fact]
    public void A_malformed_jsonl_line_is_rejected_with_its_line_and_the_good_lines_still_come_through()
    {
        string path = _dir.Write("mixed.jsonl",
            "{\"id\":\"one\",\"text\":\"First.\"}\n{\"id\":\"two\",\"text\":\"Sec\n\n{\"id\":\"three\",\"text\":\"Third.\"}\n");
        var items = _reader.Read(path).ToList();
        Assert.Equal(["one", "three"], items.Where(i => !i.IsRejected).Select(i => i.Article!.Id));
        var error = SingleError(Assert.Single(items, i => i.IsRejected));
        Assert.Equal(ErrorCode.MalformedJsonLine, error.Code);
        Assert.Equal(path, error.Origin!.Value.Path);
        Assert.Equal(2, error.Origin!.Value.Line);
        Assert.Equal(4, items.Single(i => i.Article?.Id == "three").Article!.Origin.Line);
    }

    [Theory]
    [InlineData("{\"id\":\"x\",\"title\":\"No text\"}")]
    [InlineData("{\"id\":\"x\",\"text\":42}")]
    [InlineData("{\"id\":\"x\",\"text\":\"   \"}")]
    public void A_jsonl_line_without_text_is_rejected_as_missing_text_field(string line)
    {
        string path = _dir.Write("notext.jsonl", "{\"id\":\"ok\",\"text\":\"Fine.\"}\n" + line + "\n");
        var error = SingleError(_reader.Read(path).Single(i => i.IsRejected));
        Assert.Equal(ErrorCode.MissingTextField, error.Code);
        Assert.Equal(2, error.Origin!.Value.Line);
    }

    [Fact]
    public void A_jsonl_line_that_is_not_an_object_is_malformed()
    {
        string path = _dir.Write("array.jsonl", "[1,2,3]\n");
        Assert.Equal(ErrorCode.MalformedJsonLine, SingleError(Assert.Single(_reader.Read(path))).Code);
    }

    [Fact]
    public void A_csv_without_a_text_column_is_rejected_on_its_header_line()
    {
        string path = _dir.Write("notext.csv", "url,date,title\nhttps://x,2019-01-01,T\n");
        var error = SingleError(Assert.Single(_reader.Read(path)));
        Assert.Equal(ErrorCode.MissingTextColumn, error.Code);
        Assert.Equal(path, error.Origin!.Value.Path);
        Assert.Equal(1, error.Origin!.Value.Line);
    }

    [Fact]
    public void A_csv_row_with_the_wrong_number_of_fields_is_rejected_and_the_next_row_is_read()
    {
        string path = _dir.Write("ragged.csv", "id,text\na,\"One\"\nb,Two,extra\nc,Three\n");
        var items = _reader.Read(path).ToList();
        Assert.Equal(["a", "c"], items.Where(i => !i.IsRejected).Select(i => i.Article!.Id));
        var error = SingleError(Assert.Single(items, i => i.IsRejected));
        Assert.Equal(ErrorCode.MalformedCsvRow, error.Code);
        Assert.Equal(3, error.Origin!.Value.Line);
    }

    [Fact]
    public void A_50_MB_text_file_is_rejected_as_too_large_without_reading_it()
    {
        string path = Path.Combine(_dir.Path, "huge.txt");
        using (var f = File.Create(path))
        {
            var line = Encoding.ASCII.GetBytes(new string('x', 1023) + "\n");
            for (int i = 0; i < 50 * 1024; i++) f.Write(line);
        }
        var error = SingleError(Assert.Single(_reader.Read(path)));
        Assert.Equal(ErrorCode.InputTooLarge, error.Code);
        Assert.Equal(path, error.Origin!.Value.Path);
    }

    [Fact]
    public void A_too_large_jsonl_record_is_rejected_with_its_line_and_the_next_record_is_read()
    {
        var reader = new InputReader(new IngestOptions { MaxArticleBytes = 1000 });
        string path = _dir.Write("big.jsonl", $"{{\"text\":\"{new string('y', 5000)}\"}}\n{{\"id\":\"small\",\"text\":\"ok\"}}\n");
        var items = reader.Read(path).ToList();
        var error = SingleError(items[0]);
        Assert.Equal(ErrorCode.InputTooLarge, error.Code);
        Assert.Equal(1, error.Origin!.Value.Line);
        Assert.Equal("small", items[1].Article!.Id);
    }

    [Fact]
    public void A_too_large_gzipped_text_is_rejected_after_decompression()
    {
        var reader = new InputReader(new IngestOptions { MaxArticleBytes = 1000 });
        string path = _dir.Write("big.txt.gz", TempFolder.Gzip(new string('z', 5000)));
        Assert.Equal(ErrorCode.InputTooLarge, SingleError(Assert.Single(reader.Read(path))).Code);
    }

    [Fact]
    public void A_nonexistent_path_is_rejected_as_unreadable()
    {
        string path = Path.Combine(_dir.Path, "no-such-file.txt");
        var error = SingleError(Assert.Single(_reader.Read(path)));
        Assert.Equal(ErrorCode.UnreadablePath, error.Code);
        Assert.Equal(path, error.Origin!.Value.Path);
    }

    [Fact]
    public void A_folder_without_read_permission_is_rejected_as_unreadable()
    {
        if (OperatingSystem.IsWindows()) return;
        string locked = Path.Combine(_dir.Path, "locked");
        Directory.CreateDirectory(locked);
        File.WriteAllText(Path.Combine(locked, "a.txt"), "text");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            // Root reads any folder, so the rejection cannot be provoked there; the test then only
            // checks that reading does not throw.
            var items = _reader.Read(locked).ToList();
            if (Environment.UserName != "root")
                Assert.Equal(ErrorCode.UnreadablePath, SingleError(Assert.Single(items)).Code);
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public void A_file_of_unknown_type_named_explicitly_is_rejected_as_unsupported()
    {
        string path = _dir.Write("notes.md", "# notes");
        Assert.Equal(ErrorCode.UnsupportedFormat, SingleError(Assert.Single(_reader.Read(path))).Code);
    }

    [Fact]
    public void An_html_page_without_body_text_is_rejected_as_no_article_text()
    {
        string path = _dir.Write("empty.html", "<html><head><title>Nothing here</title></head><body><nav><a href='/'>Home</a></nav></body></html>");
        Assert.Equal(ErrorCode.NoArticleText, SingleError(Assert.Single(_reader.Read(path))).Code);
    }

    [Fact]
    public void A_bad_date_is_a_warning_and_the_article_is_kept()
    {
        string path = _dir.Write("dates.jsonl", "{\"id\":\"d\",\"text\":\"Talks.\",\"date\":\"next Tuesday\"}\n");
        var item = Assert.Single(_reader.Read(path));
        Assert.False(item.IsRejected);
        Assert.Null(item.Article!.Metadata.Published);
        var warning = Assert.Single(item.Problems);
        Assert.Equal(ErrorCode.InvalidDateField, warning.Code);
        Assert.Equal(1, warning.Origin!.Value.Line);
    }
}
