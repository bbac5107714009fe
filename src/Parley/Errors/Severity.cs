namespace Parley.Errors;

public enum Severity
{
    /// <summary>The input was used, but something in it was repaired or guessed.</summary>
    Warning,

    /// <summary>The input was rejected; nothing of it was stored.</summary>
    Error,
}
