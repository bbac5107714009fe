namespace Parley.Cli;

/// <summary>Exit codes scripts can rely on.</summary>
internal static class ExitCodes
{
    /// <summary>Everything asked for was done (warnings may have been printed).</summary>
    public const int Success = 0;

    /// <summary>Nothing useful could be done: the store is unusable, or an unexpected error.</summary>
    public const int Failure = 1;

    /// <summary>The command line is wrong (unknown option, missing argument).</summary>
    public const int Usage = 2;

    /// <summary>The run finished but some inputs were rejected; the rest is stored.</summary>
    public const int SomeInputsRejected = 3;

    /// <summary>The thing asked for (an article id) does not exist.</summary>
    public const int NotFound = 4;

    /// <summary>Interrupted (Ctrl+C); what was committed before stays stored.</summary>
    public const int Cancelled = 130;
}
