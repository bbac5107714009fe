using BenchmarkDotNet.Running;

namespace Parley.Bench;

internal static class Program
{
    private static void Main(string[] args)
    {
        if (NlpCommands.TryRun(args)) return;
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
