namespace Parley.Pipeline;

/// <summary>A stage threw on a document. Carries the stage and document so a run can report the bug and go on.</summary>
public sealed class StageFailedException(string stage, string documentId, Exception inner)
    : Exception($"Stage '{stage}' failed on document '{documentId}': {inner.Message}", inner)
{
    public string Stage { get; } = stage;
    public string DocumentId { get; } = documentId;
}
