using Spectre.Console;

namespace Parley.Cli;

/// <summary>Where a command writes: results to <see cref="Out"/>, progress and problems to <see cref="Error"/>.
/// Tests pass string writers; <see cref="Interactive"/> turns on live progress.</summary>
internal sealed record CliEnvironment(TextWriter Out, TextWriter Error, bool Interactive)
{
    /// <summary>Opens what <c>-</c> reads; the process's standard input unless a test gives another.</summary>
    public Func<Stream> Stdin { get; init; } = System.Console.OpenStandardInput;

    private IAnsiConsole? _console;
    private IAnsiConsole? _errorConsole;

    public IAnsiConsole Console => _console ??= Create(Out);
    public IAnsiConsole ErrorConsole => _errorConsole ??= Create(Error);

    private IAnsiConsole Create(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = Interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = Interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = Interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        // Redirected output has no terminal width; squeezing tables into 80 columns makes them unreadable in files and logs.
        if (!Interactive) console.Profile.Width = RedirectedWidth;
        return console;
    }

    private const int RedirectedWidth = 160;
}
