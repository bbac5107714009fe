using System.Diagnostics;
using Parley.Documents;
using Parley.Errors;
using Parley.Ingest;
using Parley.Pipeline;
using Parley.Store;

namespace Parley.Runs;

/// <summary>
/// Reads inputs, analyses each new or changed article with the pipeline, and writes batches to the store.
/// Articles whose content hash is already stored are skipped before analysis, so a rerun after a kill resumes
/// cheaply. Bad inputs and per-document failures are recorded as rejects and never stop the run.
/// </summary>
public sealed class CorpusRunner
{
    private readonly AnalysisPipeline _pipeline;
    private readonly ArticleStore _store;
    private readonly InputReader _reader;
    private readonly int _batchSize;

    public CorpusRunner(AnalysisPipeline pipeline, ArticleStore store, IngestOptions options, int batchSize = 256)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        _pipeline = pipeline;
        _store = store;
        // The runner warns about duplicate ids across the whole run, so the reader need not within a file.
        _reader = new InputReader(options with { WarnOnDuplicateIds = false });
        _batchSize = batchSize;
    }

    /// <summary>Reads every input (file, folder, or <c>-</c> for <paramref name="stdin"/>, default the process's standard input) into the store.</summary>
    public RunSummary Run(IReadOnlyList<string> inputs, string command, IProgress<RunProgress>? progress = null, CancellationToken ct = default, Func<Stream>? stdin = null)
    {
        var clock = Stopwatch.StartNew();
        long runId = _store.BeginRun(command, inputs);
        // Counted up front only for the progress bar; reading goes through the reader, which also reports missing paths.
        int filesTotal = inputs.Sum(i => i == "-" ? 1 : _reader.EnumerateFiles(i).Count());
        var rejected = new List<Problem>();
        var warnings = new List<Problem>();
        var seen = new Dictionary<string, InputOrigin>(StringComparer.Ordinal);
        var batch = new List<(Document, string, IReadOnlyList<Problem>)>(_batchSize);
        var batchIds = new HashSet<string>(StringComparer.Ordinal);
        var batchRejects = new List<Problem>();
        int created = 0, updated = 0, unchanged = 0, filesDone = 0;
        long chars = 0;
        bool cancelled = false;

        void Flush()
        {
            if (batch.Count == 0 && batchRejects.Count == 0) return;
            foreach (var outcome in _store.WriteBatch(runId, batch, batchRejects))
            {
                if (outcome == WriteOutcome.New) created++;
                else if (outcome == WriteOutcome.Updated) updated++;
                else unchanged++;
            }
            batch.Clear();
            batchIds.Clear();
            batchRejects.Clear();
        }

        string? currentFile = null;
        try
        {
            foreach (string input in inputs)
            {
                if (ct.IsCancellationRequested) { cancelled = true; break; }
                using var stdinStream = input == "-" && stdin is not null ? stdin() : null;
                var items = stdinStream is not null ? _reader.Read(stdinStream, "-", ct) : _reader.Read(input, ct);
                foreach (var item in items)
                {
                    if (ct.IsCancellationRequested) { cancelled = true; break; }
                    if (item.Origin.Path != currentFile)
                    {
                        if (currentFile is not null) filesDone++;
                        currentFile = item.Origin.Path;
                        progress?.Report(new RunProgress(filesDone, filesTotal, currentFile, created + updated + unchanged + batch.Count, rejected.Count));
                    }
                    if (item.Article is not { } article)
                    {
                        rejected.AddRange(item.Problems.Where(p => p.Severity == Severity.Error));
                        batchRejects.AddRange(item.Problems.Where(p => p.Severity == Severity.Error));
                        warnings.AddRange(item.Problems.Where(p => p.Severity == Severity.Warning));
                        continue;
                    }
                    var articleWarnings = new List<Problem>(item.Problems);
                    if (seen.TryGetValue(article.Id, out var first))
                        articleWarnings.Add(Problems.DuplicateIdInInput(article.Origin, article.Id, first));
                    else
                        seen[article.Id] = article.Origin;
                    warnings.AddRange(articleWarnings);

                    string hash = ContentHash.Compute(article);
                    if (_store.GetContentHash(article.Id) == hash && !batchIds.Contains(article.Id))
                    {
                        unchanged++;
                        continue;
                    }
                    Document doc;
                    try
                    {
                        doc = _pipeline.Process(article);
                    }
                    catch (StageFailedException ex)
                    {
                        var problem = Problems.AnalysisFailed(article.Origin, article.Id, ex.Stage, ex.InnerException?.Message ?? ex.Message);
                        rejected.Add(problem);
                        batchRejects.Add(problem);
                        continue;
                    }
                    chars += article.Text.Length;
                    batch.Add((doc, hash, articleWarnings));
                    batchIds.Add(doc.Id);
                    if (batch.Count >= _batchSize)
                    {
                        Flush();
                        progress?.Report(new RunProgress(filesDone, filesTotal, currentFile, created + updated + unchanged, rejected.Count));
                    }
                }
                if (cancelled) break;
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            cancelled = true; // the reader stopped mid-file: what is batched is still committed below
        }
        if (currentFile is not null && !cancelled) filesDone++;
        Flush();
        progress?.Report(new RunProgress(filesDone, filesTotal, null, created + updated + unchanged, rejected.Count));
        _store.FinishRun(runId, cancelled ? "cancelled" : "finished", created, updated, unchanged, rejected.Count);
        return new RunSummary
        {
            RunId = runId, Files = filesDone, New = created, Updated = updated, Unchanged = unchanged, Characters = chars,
            Rejected = rejected, Warnings = warnings, Elapsed = clock.Elapsed, Cancelled = cancelled,
        };
    }
}
