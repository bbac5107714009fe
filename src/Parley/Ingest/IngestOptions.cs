namespace Parley.Ingest;

/// <summary>Limits and choices for reading inputs. Immutable; one instance can serve any number of reads.</summary>
public sealed record IngestOptions
{
    public static IngestOptions Default { get; } = new();

    /// <summary>
    /// The most bytes one article may have: a whole <c>.txt</c>/<c>.html</c> file (after gzip
    /// decompression), or one record of a <c>.jsonl</c>/<c>.csv</c> file. Larger inputs are rejected
    /// with <see cref="Errors.ErrorCode.InputTooLarge"/> before they are read whole.
    /// </summary>
    public long MaxArticleBytes { get; init; } = 10L * 1024 * 1024;

    /// <summary>
    /// Report a later article whose id was already read in the same <see cref="InputReader.Read(string, System.Threading.CancellationToken)"/>
    /// call with a <see cref="Errors.ErrorCode.DuplicateIdInInput"/> warning. Costs one set of ids in memory per read.
    /// </summary>
    public bool WarnOnDuplicateIds { get; init; } = true;
}
