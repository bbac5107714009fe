using System.Text;
using Parley.Cli;

namespace Parley.Tests.Cli;

/// <summary><c>parley eval-ud --show-errors</c>: the tokenizer's errors by class after the scores.</summary>
public sealed class EvalUdCliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("parley-evalud-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    // two sentences without final punctuation, the second in lower case: the splitter never ends a sentence before a
    // lower-case word, so the boundary is missed
    private const string Gold = """
        # sent_id = a
        # text = Thanks for the tip
        1	Thanks	thanks	NOUN	NNS	Number=Plur	0	root	_	_
        2	for	for	ADP	IN	_	4	case	_	_
        3	the	the	DET	DT	_	4	det	_	_
        4	tip	tip	NOUN	NN	Number=Sing	1	nmod	_	_

        # sent_id = b
        # text = see you soon
        1	see	see	VERB	VB	VerbForm=Inf	0	root	_	_
        2	you	you	PRON	PRP	_	1	obj	_	_
        3	soon	soon	ADV	RB	_	1	advmod	_	_


        """;

    private (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = CliApp.Run([.. args, "--db", Path.Combine(_dir, "store.db")], new CliEnvironment(stdout, stderr, Interactive: false));
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Show_errors_lists_the_missed_sentence_end_by_class()
    {
        string path = Path.Combine(_dir, "gold.conllu");
        File.WriteAllText(path, Gold.Replace("\r\n", "\n", StringComparison.Ordinal), Encoding.UTF8);

        var (code, output, error) = Run("eval-ud", path, "--show-errors", "2");
        Assert.True(code == 0, error);
        Assert.Contains("0 of 7 gold tokens not found, 1 of 2 gold sentence ends missed, 0 added", output);
        Assert.Contains("1  sentence end missed: after a word or number, before a lower-case word", output);
        Assert.Contains("Thanks for the tip see you  ‖", output);

        var (_, plain, _) = Run("eval-ud", path);
        Assert.DoesNotContain("sentence end missed", plain);
    }

    [Fact]
    public void Show_errors_with_json_puts_the_classes_in_the_json()
    {
        string path = Path.Combine(_dir, "gold.conllu");
        File.WriteAllText(path, Gold.Replace("\r\n", "\n", StringComparison.Ordinal), Encoding.UTF8);

        var (code, output, error) = Run("eval-ud", path, "--show-errors", "1", "--json");
        Assert.True(code == 0, error);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        var errors = json.RootElement.GetProperty("tokenizer_errors");
        Assert.Equal(7, errors.GetProperty("gold_tokens").GetInt32());
        Assert.Equal(1, errors.GetProperty("sentence_ends_missed").GetInt32());
        var first = errors.GetProperty("classes")[0];
        Assert.Equal("sentence end missed: after a word or number, before a lower-case word", first.GetProperty("name").GetString());
        Assert.Equal(1, first.GetProperty("count").GetInt32());
        Assert.Single(first.GetProperty("examples").EnumerateArray());

        var (_, plain, _) = Run("eval-ud", path, "--json");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, System.Text.Json.JsonDocument.Parse(plain).RootElement.GetProperty("tokenizer_errors").ValueKind);
    }
}
