using Parley.Documents;
using Parley.Errors;

namespace Parley.Ingest;

/// <summary>
/// The entry point of ingest: turns a path (file, folder, or <c>-</c> for standard input) or a stream
/// into <see cref="IngestItem"/>s, lazily, one article or rejection at a time. Never throws for bad
/// input: a missing or unreadable path, a damaged file or a bad record becomes a rejection item naming
/// the input (and line) while the rest is still read. Only cancellation throws.
/// <para>
/// Folders are read recursively in ordinal order of names, files and subfolders interleaved.
/// Hidden entries (name starting with <c>.</c> or marked hidden) and symbolic links to folders are
/// skipped; so are files whose extension is not an input format (<c>README.md</c> beside the data
/// is not an error). A file named explicitly with an unknown extension is rejected as
/// <see cref="ErrorCode.UnsupportedFormat"/>.
/// </para>
/// Thread-safe: the reader holds only options; each enumeration has its own state.
/// </summary>
public sealed class InputReader
{
    private const int SniffBytes = 512;

    public InputReader(IngestOptions? options = null)
    {
        Options = options ?? IngestOptions.Default;
    }

    public IngestOptions Options { get; }

    /// <summary>
    /// The input files a path stands for: the file itself, or the folder's input files recursively in a
    /// stable order (see the class remarks). Missing or unreadable paths yield nothing here; <see cref="Read(string, CancellationToken)"/> reports them.
    /// </summary>
    public IEnumerable<string> EnumerateFiles(string path)
    {
        foreach (var (file, _) in Walk(path))
        {
            if (file is not null) yield return file;
        }
    }

    /// <summary>Reads a file, a folder (recursively) or standard input (<c>-</c>).</summary>
    public IEnumerable<IngestItem> Read(string path, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var items = path == DocumentIds.StdinName ? ReadStdin(ct) : ReadPath(path, ct);
        return Options.WarnOnDuplicateIds ? FlagDuplicates(items) : items;
    }

    /// <summary>
    /// Reads one input from a stream. <paramref name="name"/> is the origin reported in problems and the
    /// stem of ids; its extension (after <c>.gz</c>) names the format. For <c>-</c> or a name without
    /// a known extension the content is sniffed: gzip magic, then <c>{</c> → JSON Lines,
    /// <c>&lt;</c> → HTML, else text. The stream is not disposed.
    /// </summary>
    public IEnumerable<IngestItem> Read(Stream stream, string name, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        var items = ReadNamedStream(stream, name, ct);
        return Options.WarnOnDuplicateIds ? FlagDuplicates(items) : items;
    }

    private IEnumerable<IngestItem> ReadStdin(CancellationToken ct)
    {
        using var stdin = Console.OpenStandardInput();
        foreach (var item in ReadNamedStream(stdin, DocumentIds.StdinName, ct))
            yield return item;
    }

    private IEnumerable<IngestItem> ReadPath(string path, CancellationToken ct)
    {
        foreach (var (file, error) in Walk(path))
        {
            ct.ThrowIfCancellationRequested();
            if (error is not null)
            {
                yield return IngestItem.Rejected(error);
                continue;
            }
            foreach (var item in ReadFile(file!, ct))
                yield return item;
        }
    }

    private IEnumerable<IngestItem> ReadFile(string path, CancellationToken ct)
    {
        var origin = new InputOrigin(path);
        var format = InputFormats.FromPath(path, out bool gzip);
        if (format is null)
        {
            yield return IngestItem.Rejected(Problems.UnsupportedFormat(origin));
            yield break;
        }

        var file = Open(path, out string? openError);
        if (file is null)
        {
            yield return IngestItem.Rejected(Problems.UnreadablePath(origin, openError!));
            yield break;
        }

        using (file)
        {
            // Whole-file formats are checked before reading: a huge file costs nothing to reject.
            if (!gzip && format is InputFormat.Text or InputFormat.Html && file.Length > Options.MaxArticleBytes)
            {
                yield return IngestItem.Rejected(Problems.InputTooLarge(origin, file.Length, Options.MaxArticleBytes));
                yield break;
            }
            Stream content = gzip ? new GzipReadStream(new NonClosingStream(file)) : file;
            using var guarded = new GuardedStream(content);
            foreach (var item in ReadContent(guarded, format.Value, path, DocumentIds.Stem(path), gzip, ct))
                yield return item;
        }
    }

    private static FileStream? Open(string path, out string? error)
    {
        try
        {
            error = null;
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error = ex.Message;
            return null;
        }
    }

    private IEnumerable<IngestItem> ReadNamedStream(Stream stream, string name, CancellationToken ct)
    {
        var format = name == DocumentIds.StdinName ? null : InputFormats.FromPath(name, out _);
        var head = new byte[SniffBytes];
        var raw = new GuardedStream(new NonClosingStream(stream));
        int headLength = raw.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        Stream restored = new PrefixedStream(head.AsMemory(0, headLength), raw);
        bool gzip = InputFormats.IsGzipMagic(head.AsSpan(0, headLength));
        if (gzip)
            restored = new GzipReadStream(restored);

        using var guarded = new GuardedStream(restored, raw);
        if (format is null)
        {
            var decompressedHead = new byte[SniffBytes];
            int n = guarded.ReadAtLeast(decompressedHead, decompressedHead.Length, throwOnEndOfStream: false);
            format = InputFormats.Sniff(decompressedHead.AsSpan(0, n));
            using var sniffed = new GuardedStream(new PrefixedStream(decompressedHead.AsMemory(0, n), guarded), guarded);
            foreach (var item in ReadContent(sniffed, format.Value, name, DocumentIds.Stem(name), gzip, ct))
                yield return item;
        }
        else
        {
            foreach (var item in ReadContent(guarded, format.Value, name, DocumentIds.Stem(name), gzip, ct))
                yield return item;
        }
    }

    /// <summary>
    /// Reads decompressed content of a known format, then reports damage the stream hit on the way
    /// (after the records read before it).
    /// </summary>
    private IEnumerable<IngestItem> ReadContent(GuardedStream stream, InputFormat format, string path, string stem, bool gzip,
        CancellationToken ct)
    {
        var origin = new InputOrigin(path);
        IEnumerable<IngestItem> items = format switch
        {
            InputFormat.JsonLines => JsonLinesReader.Read(stream, path, stem, Options, ct),
            InputFormat.Csv => CsvArticleReader.Read(stream, path, stem, Options, ct),
            _ => ReadWhole(stream, format, origin, stem),
        };
        bool any = false;
        foreach (var item in items)
        {
            any = true;
            yield return item;
        }

        var failure = stream.Failure;
        if (failure is not null)
        {
            yield return IngestItem.Rejected(gzip ? Problems.TruncatedGzip(origin, failure.Message) : Problems.UnreadablePath(origin, failure.Message));
        }
        else if (!any)
        {
            yield return IngestItem.Rejected(Problems.EmptyInput(origin));
        }
    }

    /// <summary>Reads a one-article input whole (bounded by <see cref="IngestOptions.MaxArticleBytes"/>) and parses it.</summary>
    private IEnumerable<IngestItem> ReadWhole(GuardedStream stream, InputFormat format, InputOrigin origin, string stem)
    {
        long limit = Options.MaxArticleBytes;
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        long total = 0;
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            total += n;
            if (total <= limit) buffer.Write(chunk, 0, n);
        }
        if (stream.Failure is not null) yield break; // a damaged single article is not kept; the caller reports it
        if (total > limit)
        {
            yield return IngestItem.Rejected(Problems.InputTooLarge(origin, total, limit));
            yield break;
        }
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        yield return format == InputFormat.Html ? HtmlArticleReader.Read(bytes, origin, stem) : TextArticleReader.Read(bytes, origin, stem);
    }

    /// <summary>Adds a <see cref="ErrorCode.DuplicateIdInInput"/> warning to an article whose id was already read.</summary>
    private static IEnumerable<IngestItem> FlagDuplicates(IEnumerable<IngestItem> items)
    {
        var seen = new Dictionary<string, InputOrigin>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (item.Article is { } article && !seen.TryAdd(article.Id, article.Origin))
            {
                yield return IngestItem.Accepted(article, [.. item.Problems, Problems.DuplicateIdInInput(article.Origin, article.Id, seen[article.Id])]);
                seen[article.Id] = article.Origin;
                continue;
            }
            yield return item;
        }
    }

    /// <summary>Files under a path with errors for what cannot be read; see the class remarks for the rules.</summary>
    private static IEnumerable<(string? File, Problem? Error)> Walk(string path)
    {
        if (File.Exists(path))
        {
            yield return (path, null);
            yield break;
        }
        if (!Directory.Exists(path))
        {
            yield return (null, Problems.UnreadablePath(new InputOrigin(path), "no such file or folder"));
            yield break;
        }

        List<FileSystemInfo> entries;
        string? error = null;
        try
        {
            entries = [.. new DirectoryInfo(path).EnumerateFileSystemInfos()];
            entries.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            entries = [];
            error = ex.Message;
        }
        if (error is not null)
        {
            yield return (null, Problems.UnreadablePath(new InputOrigin(path), error));
            yield break;
        }

        foreach (var entry in entries)
        {
            if (entry.Name.StartsWith('.') || (entry.Attributes & FileAttributes.Hidden) != 0)
                continue;
            if (entry is DirectoryInfo dir)
            {
                if (dir.LinkTarget is not null) continue; // a link may loop back to an ancestor
                foreach (var inner in Walk(Path.Combine(path, dir.Name)))
                    yield return inner;
            }
            else if (InputFormats.FromPath(entry.Name, out _) is not null)
            {
                yield return (Path.Combine(path, entry.Name), null);
            }
        }
    }
}
