using System.CommandLine;
using Parley.Entities;

namespace Parley.Cli.Commands;

/// <summary><c>parley build-resources</c>: recompiles the gazetteer and actor knowledge base from the shared data.</summary>
internal static class BuildResourcesCommand
{
    public static Command Create(CliEnvironment env)
    {
        var shared = new Option<string?>("--shared") { Description = "The shared folder (default: ../shared beside the repository, or PARLEY_SHARED)." };
        var output = new Option<string?>("--out") { Description = "Where to write the compiled files (default: models/gazetteer in the repository)." };
        var command = new Command("build-resources", """
            Compile models/gazetteer/ (countries, GeoNames places, actor knowledge base) from shared/data and the lexicons in
            data/entities/, read each file back and validate it, then write it. The same input gives byte-identical files.
            """) { shared, output };
        command.SetAction(result =>
        {
            string repo = FindRepo() ?? Directory.GetCurrentDirectory();
            string sharedDir = result.GetValue(shared) ?? Environment.GetEnvironmentVariable("PARLEY_SHARED") ?? Path.Combine(repo, "..", "shared");
            string data = Path.Combine(sharedDir, "data");
            if (!Directory.Exists(data))
            {
                env.Error.WriteLine($"parley: no shared data at '{data}' (use --shared DIR)");
                return ExitCodes.Usage;
            }
            string outDir = result.GetValue(output) ?? Path.Combine(repo, "models", "gazetteer");
            foreach (var (file, bytes) in ResourceBuilder.Build(data, Path.Combine(repo, "data", "entities"), outDir))
                env.Out.WriteLine($"{Path.Combine(outDir, file)}\t{bytes:N0} bytes");
            return ExitCodes.Success;
        });
        return command;
    }

    private static string? FindRepo()
    {
        foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Parley.slnx"))) return dir.FullName;
        }
        return null;
    }
}
