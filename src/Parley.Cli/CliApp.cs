using System.CommandLine;
using Parley.Cli.Commands;
using Parley.Pipeline;
using Parley.Store;

namespace Parley.Cli;

/// <summary>Builds the <c>parley</c> command tree and runs it. Every command's console output goes through
/// <see cref="CliEnvironment"/>, so tests run the real CLI in-process.</summary>
internal static class CliApp
{
    public static RootCommand Build(CliEnvironment env)
    {
        var root = new RootCommand("""
            Parley turns news articles into a verified, queryable record of political and diplomatic events:
            who met, called, visited, accused, sanctioned or attacked whom; when, where, who says so, and
            whether it happened or was only planned — every field traced to the words that support it.

            Start with:  parley run samples/          (ingest and analyse; the store is created on first use)
                         parley articles              (what is stored)
                         parley show <ID> --json      (one article, its reference date and evidence)

            Inputs: files or folders of .txt, .html/.htm, .jsonl, .csv (each optionally .gz), or '-' for standard input.
            Bad inputs are reported with file and line, recorded as rejected, and never stop a run; repeating a run
            stores nothing twice. Exit codes: 0 done, 3 done but some inputs rejected, 4 not found, 2 bad usage,
            1 store unusable, 130 interrupted (committed batches stay; rerun to resume).
            """);
        root.Options.Add(CommonOptions.Db);
        root.Subcommands.Add(IngestCommand.Create(env, "run", StagePhase.Analysis,
            "Ingest PATHs and analyse every article with every registered stage (see 'parley ingest' for inputs)."));
        root.Subcommands.Add(IngestCommand.Create(env, "ingest", StagePhase.Ingest,
            "Read articles from PATHs into the store: text, metadata, header, boilerplate flags and reference date."));
        root.Subcommands.Add(ArticlesCommand.Create(env));
        root.Subcommands.Add(ShowCommand.Create(env));
        root.Subcommands.Add(RejectsCommand.Create(env));
        root.Subcommands.Add(EventsCommand.Create(env));
        root.Subcommands.Add(ExplainCommand.Create(env));
        root.Subcommands.Add(ExportCommand.Create(env));
        root.Subcommands.Add(EvalCommand.Create(env));
        root.Subcommands.Add(EvalPloverCommand.Create(env));
        root.Subcommands.Add(BenchCommand.Create(env));
        root.Subcommands.Add(EvalUdCommand.Create(env));
        root.Subcommands.Add(EvalNerCommand.Create(env));
        root.Subcommands.Add(EvalCorefCommand.Create(env));
        root.Subcommands.Add(TrainCommand.Create(env));
        root.Subcommands.Add(BuildResourcesCommand.Create(env));
        root.Subcommands.Add(EvalTimeCommand.Create(env));
        return root;
    }

    public static int Run(string[] args, CliEnvironment env)
    {
        var root = Build(env);
        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
                env.Error.WriteLine($"parley: {error.Message}");
            env.Error.WriteLine("Try 'parley --help' or 'parley <command> --help'.");
            return ExitCodes.Usage;
        }
        try
        {
            return result.Invoke(new InvocationConfiguration { Output = env.Out, Error = env.Error, EnableDefaultExceptionHandler = false });
        }
        catch (StoreException ex)
        {
            env.Error.WriteLine($"parley: {ex.Problem}");
            return ExitCodes.Failure;
        }
        catch (OperationCanceledException)
        {
            env.Error.WriteLine("parley: cancelled.");
            return ExitCodes.Cancelled;
        }
        catch (Exception ex) when (Environment.GetEnvironmentVariable("PARLEY_DEBUG") is null)
        {
            // A bug, not bad input: say so plainly, keep the stack for a report behind PARLEY_DEBUG=1.
            env.Error.WriteLine($"parley: internal error: {ex.GetType().Name}: {ex.Message}");
            env.Error.WriteLine("This is a bug in parley; rerun with PARLEY_DEBUG=1 for the stack trace and please report it.");
            return ExitCodes.Failure;
        }
    }
}
