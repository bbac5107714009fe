namespace Parley.Tests.Support;

/// <summary>
/// Locates <c>../shared</c> (training data, gold sets, seeds) beside the repository, or where
/// <c>PARLEY_SHARED</c> points. Tests that need it use <see cref="SharedFactAttribute"/>, which skips
/// them with a message on a fresh clone without it.
/// </summary>
public static class SharedData
{
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The shared folder, or null when it is absent.</summary>
    public static string? Root { get; } = FindShared();

    public const string MissingMessage =
        "needs ../shared beside the repository (or PARLEY_SHARED); absent here, so skipped";

    public static string Path(params string[] parts) =>
        System.IO.Path.Combine([Root ?? throw new InvalidOperationException(MissingMessage), .. parts]);

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Parley.slnx")))
                return dir.FullName;
        }
        throw new InvalidOperationException("Cannot find the repository root (Parley.slnx) above " + AppContext.BaseDirectory);
    }

    private static string? FindShared()
    {
        string? env = Environment.GetEnvironmentVariable("PARLEY_SHARED");
        if (!string.IsNullOrEmpty(env))
            return Directory.Exists(env) ? System.IO.Path.GetFullPath(env) : null;
        string candidate = System.IO.Path.GetFullPath(System.IO.Path.Combine(RepoRoot, "..", "shared"));
        return Directory.Exists(System.IO.Path.Combine(candidate, "seeds")) ? candidate : null;
    }
}
