namespace Parley.Cli;

internal static class Program
{
    private static int Main(string[] args) =>
        CliApp.Run(args, new CliEnvironment(Console.Out, Console.Error, Interactive: !Console.IsErrorRedirected && !Console.IsOutputRedirected));
}
