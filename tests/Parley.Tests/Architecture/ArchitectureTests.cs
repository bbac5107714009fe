using System.Text.RegularExpressions;
using Parley.Pipeline;
using Parley.Tests.Support;

namespace Parley.Tests.Architecture;

/// <summary>Rules of the code base, checked: dependency direction, the stage catalogue, the clock.</summary>
public sealed class ArchitectureTests
{
    private static readonly string LibrarySource = Path.Combine(SharedData.RepoRoot, "src", "Parley");

    [Fact]
    public void The_library_depends_on_no_console_or_cli_package()
    {
        var references = typeof(StageCatalog).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();
        Assert.DoesNotContain(references, r => r is "Spectre.Console" or "System.CommandLine" or "parley");
    }

    [Fact]
    public void Every_catalogued_stage_has_a_unique_name_and_produces_a_layer()
    {
        var stages = StageCatalog.All.Select(d => d.Create(StageContext.Default)).ToList();
        Assert.Equal(stages.Count, stages.Select(s => s.Name).Distinct().Count());
        Assert.All(stages, s => Assert.NotEmpty(s.Produces));
        Assert.Equal(StageCatalog.All.Select(d => d.Name), stages.Select(s => s.Name));
    }

    [Fact]
    public void The_default_pipelines_build()
    {
        Assert.NotEmpty(StageCatalog.Build(StagePhase.Ingest).Stages);
        Assert.True(StageCatalog.Build(StagePhase.Analysis).Stages.Count >= StageCatalog.Build(StagePhase.Ingest).Stages.Count);
    }

    [Fact]
    public void Only_the_clock_reads_the_machine_time_and_the_library_never_writes_to_the_console()
    {
        var offenders = new List<string>();
        foreach (string file in Directory.EnumerateFiles(LibrarySource, "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")) continue;
            string code = File.ReadAllText(file);
            if (Path.GetFileName(file) != "SystemClock.cs" && Regex.IsMatch(code, @"\bDateTime(Offset)?\.(Utc)?Now\b|\bDateTime\.Today\b"))
                offenders.Add(file + ": reads the machine clock");
            if (Regex.IsMatch(code, @"\bConsole\.(Write|Out|Error)"))
                offenders.Add(file + ": writes to the console");
        }
        Assert.Empty(offenders);
    }
}
