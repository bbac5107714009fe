using System.CommandLine;
using Parley.Store;

namespace Parley.Cli;

/// <summary>Options shared by several commands.</summary>
internal static class CommonOptions
{
    public static Option<string?> Db { get; } = new("--db")
    {
        Description = $"The store file (SQLite). Default: $PARLEY_DB, else {ArticleStore.DefaultPath}",
        HelpName = "FILE",
        Recursive = true,
    };

    public static Option<bool> Json { get; } = new("--json")
    {
        Description = "Write machine-readable JSON to standard output instead of tables.",
    };

    public static string DbPath(ParseResult result) => result.GetValue(Db) ?? ArticleStore.DefaultPath;
}
