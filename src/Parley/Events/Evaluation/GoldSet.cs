using Parley.Errors;

namespace Parley.Events.Evaluation;

/// <summary>A read gold file: its documents in file order and every problem found (errors name file:line).</summary>
public sealed record GoldSet(string Path, IReadOnlyList<GoldDocument> Documents, IReadOnlyList<Problem> Problems)
{
    public bool HasErrors => Problems.Any(p => p.Severity == Severity.Error);
    public int EventCount => Documents.Sum(d => d.Events.Count);
}
