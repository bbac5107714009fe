namespace Parley.Nlp.Learning;

/// <summary>
/// Finds the repository's <c>models/</c> folder: <c>PARLEY_MODELS</c> when set, else the first <c>models/</c>
/// walking up from <see cref="AppContext.BaseDirectory"/>.
/// </summary>
public static class ModelPaths
{
    public const string EnvironmentVariable = "PARLEY_MODELS";

    /// <summary>The models root, or null when none is found.</summary>
    public static string? Root()
    {
        string? env = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrEmpty(env)) return Directory.Exists(env) ? Path.GetFullPath(env) : null;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "models");
            if (Directory.Exists(Path.Combine(candidate, "english-ud"))) return candidate;
        }
        return null;
    }

    /// <summary>The English UD tagger/lemmatizer/parser folder; throws when no models folder is found.</summary>
    public static string EnglishUd => Path.Combine(
        Root() ?? throw new DirectoryNotFoundException($"No models/ folder found above {AppContext.BaseDirectory}; set {EnvironmentVariable}."),
        "english-ud");
}
