using Parley.Errors;

namespace Parley.Store;

/// <summary>The store cannot be used (newer schema, damaged file). Carries the coded problem.</summary>
public sealed class StoreException(Problem problem, Exception? inner = null) : Exception(problem.Message, inner)
{
    public Problem Problem { get; } = problem;
}
