namespace Parley.Tests.Support;

/// <summary>A theory that needs <c>../shared</c>; skipped with a clear message when it is absent.</summary>
public sealed class SharedTheoryAttribute : TheoryAttribute
{
    public SharedTheoryAttribute()
    {
        if (SharedData.Root is null)
            Skip = SharedData.MissingMessage;
    }
}
