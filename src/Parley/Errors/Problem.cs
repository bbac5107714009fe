using Parley.Documents;

namespace Parley.Errors;

/// <summary>
/// An expected failure or a warning about an input, as a value: which input (and line), which code, what to do.
/// </summary>
public sealed record Problem(ErrorCode Code, Severity Severity, InputOrigin? Origin, string Message)
{
    /// <summary>The code as printed: <c>PAR106</c>.</summary>
    public string Id => $"PAR{(int)Code:D3}";

    public override string ToString() =>
        Origin is { } origin ? $"{origin}: {Severity.ToString().ToLowerInvariant()} {Id}: {Message}"
                             : $"{Severity.ToString().ToLowerInvariant()} {Id}: {Message}";
}
