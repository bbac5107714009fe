namespace Parley.Tests.Support;

/// <summary>A fact that needs <c>../shared</c>; skipped with a clear message when it is absent.</summary>
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute()
    {
        if (SharedData.Root is null)
            Skip = SharedData.MissingMessage;
    }
}
