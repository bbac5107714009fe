using Parley.Cli;

namespace Parley.Tests.Cli;

/// <summary><c>parley train</c>'s bad inputs are usage errors that name the input, before any training starts.</summary>
public sealed class TrainCliTests
{
    private static (int Code, string Err) Run(params string[] args)
    {
        var stderr = new StringWriter();
        var env = new CliEnvironment(new StringWriter(), stderr, Interactive: false) { Stdin = () => new MemoryStream() };
        int code = CliApp.Run(args, env);
        return (code, stderr.ToString());
    }

    [Fact]
    public void A_missing_teacher_file_is_named()
    {
        string missing = Path.Combine(Path.GetTempPath(), "parley-no-such-teacher.bin");
        var (code, err) = Run("train", "--only", "ner", "--ner-silver", "true", "--ner-teacher", missing, "--out", Path.GetTempPath());
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains(missing, err);
    }

    [Fact]
    public void A_shared_folder_without_the_treebank_is_named()
    {
        string empty = Directory.CreateTempSubdirectory("parley-train-cli-").FullName;
        try
        {
            var (code, err) = Run("train", "--only", "ud", "--shared", empty, "--out", empty);
            Assert.Equal(ExitCodes.Usage, code);
            Assert.Contains("no data/ud-english-ewt", err);
        }
        finally { Directory.Delete(empty, recursive: true); }
    }
}
