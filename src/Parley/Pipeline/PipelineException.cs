using Parley.Errors;

namespace Parley.Pipeline;

/// <summary>A pipeline was assembled wrongly: a broken contract of the code, not of the input.</summary>
public sealed class PipelineException(ErrorCode code, string message) : Exception(message)
{
    public ErrorCode Code { get; } = code;
}
