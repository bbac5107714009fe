using System.Text;
using System.Text.Json;
using Parley.Cli;
using Parley.Tests.Support;

namespace Parley.Tests.Cli;

/// <summary><c>parley show --times</c> and <c>parley eval-time</c>, run in-process.</summary>
public sealed class TimeCliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("parley-time-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var env = new CliEnvironment(stdout, stderr, Interactive: false) { Stdin = () => new MemoryStream() };
        int code = CliApp.Run([.. args, "--db", Path.Combine(_dir, "store.db")], env);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Show_times_lists_expressions_in_json()
    {
        string file = Path.Combine(_dir, "lavrov.txt");
        File.WriteAllText(file, "Lavrov Hopes for Talks\nMOSCOW, February 3, 2012 (RIA Novosti)\n\nLavrov will meet Clinton in Munich on Friday, for about an hour.\n", Encoding.UTF8);
        var (code, _, err) = Run("run", file);
        Assert.True(code == 0, err);
        var (_, list, _) = Run("articles", "--json");
        string id = JsonDocument.Parse(list).RootElement[0].GetProperty("id").GetString()!;
        var (showCode, json, showErr) = Run("show", id, "--times", "--json");
        Assert.True(showCode == 0, showErr);
        var times = JsonDocument.Parse(json).RootElement.GetProperty("times");
        Assert.Equal(["Friday=2012-02-03", "about an hour=PT1H"],
            times.EnumerateArray().Select(t => $"{t.GetProperty("text").GetString()}={t.GetProperty("value").GetString()}"));
        var (tableCode, table, _) = Run("show", id, "--times");
        Assert.Equal(0, tableCode);
        Assert.Contains("PT1H", table);
    }

    [Fact]
    public void Eval_time_scores_a_gum_style_file()
    {
        string file = Path.Combine(_dir, "GUM_news_test.xml");
        File.WriteAllText(file, """
            <text id="GUM_news_test" partition="dev" dateCreated="2006-02-23">
            <s type="decl">
            The	DT
            talks	NNS
            ended	VVD
            <date when="2006-02-21">
            Tuesday	NP
            </date>
            .	SENT
            </s>
            </text>
            """.Replace("            ", "").Replace("\t", "\t"));
        var (code, json, err) = Run("eval-time", file, "--json", "--speed-rounds", "0");
        Assert.True(code == 0, err);
        var row = JsonDocument.Parse(json).RootElement.GetProperty("corpora")[0];
        Assert.Equal("gum", row.GetProperty("corpus").GetString());
        Assert.Equal(1, row.GetProperty("gold").GetInt32());
        Assert.Equal(1.0, row.GetProperty("relaxed").GetProperty("f1").GetDouble());
        Assert.Equal(1.0, row.GetProperty("value_accuracy").GetDouble());
    }

    [Fact]
    public void Eval_time_on_a_missing_path_is_a_usage_error() =>
        Assert.Equal(2, Run("eval-time", Path.Combine(_dir, "nope")).Code);
}
