using System.Text;
using System.Text.Json;
using Parley.Cli;
using Parley.Store;
using Parley.Tests.Support;

namespace Parley.Tests.Events;

/// <summary>The event commands of the real CLI, in-process, over a store holding <see cref="EventSamples.Three"/>.</summary>
public sealed class EventCliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("parley-evcli-").FullName;

    public EventCliTests()
    {
        using var store = ArticleStore.Open(Db);
        EventSamples.StoreThree(store);
    }

    private string Db => Path.Combine(_dir, "store.db");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = CliApp.Run([.. args, "--db", Db], new CliEnvironment(stdout, stderr, Interactive: false));
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Events_lists_and_filters()
    {
        var (code, json, _) = Run("events", "--json");
        Assert.Equal(0, code);
        Assert.Equal(3, JsonDocument.Parse(json).RootElement.GetArrayLength());
        var (_, pair, _) = Run("events", "--pair", "Obama,Medvedev", "--json");
        Assert.Equal("doc1#1", JsonDocument.Parse(pair).RootElement[0].GetProperty("id").GetString());
        var (_, table, _) = Run("events", "--type", "reject");
        Assert.Contains("doc1#2", table);
        Assert.DoesNotContain("doc1#0", table);
        Assert.Equal(ExitCodes.Usage, Run("events", "--type", "MEET").Code);
        Assert.Equal(ExitCodes.Usage, Run("events", "--pair", "Obama").Code);
    }

    [Fact]
    public void Explain_shows_the_sentence_with_the_trigger_and_is_4_for_an_unknown_id()
    {
        var (code, text, _) = Run("explain", "doc1#0");
        Assert.Equal(0, code);
        Assert.Contains("Lavrov hopes to hold bilateral talks with Clinton in Munich.", text);
        Assert.Contains("036", text);
        var (_, json, _) = Run("explain", "doc1#0", "--json");
        var root = JsonDocument.Parse(json).RootElement;
        Assert.Equal("hopes to hold bilateral talks", root.GetProperty("trigger").GetString());
        Assert.Equal("CONSULT", root.GetProperty("event").GetProperty("type").GetString()!.ToUpperInvariant());
        Assert.Equal(ExitCodes.NotFound, Run("explain", "doc1#9").Code);
    }

    [Fact]
    public void Explain_markup_highlights_the_trigger()
    {
        var evt = EventSamples.Three("doc1")[1];
        Assert.Contains("[bold yellow]spoke by telephone[/]", Parley.Cli.Commands.ExplainCommand.Highlight(evt, EventSamples.Text));
    }

    [Fact]
    public void Explain_lists_evidence_taken_from_other_sentences()
    {
        var evt = EventSamples.Three("doc1")[1];
        var other = EventSamples.Three("doc1")[0].Evidence.Sentence;
        var inherited = evt with { Evidence = evt.Evidence with { Fields = new Dictionary<string, Parley.Documents.Span>(evt.Evidence.Fields) { ["date"] = other } } };
        var (field, where, said) = Assert.Single(Parley.Cli.Commands.ExplainCommand.Elsewhere(inherited, EventSamples.Text));
        Assert.Equal(("date", $"[{other.Start},{other.End})", other.TextOf(EventSamples.Text)), (field, where, said));
        Assert.Empty(Parley.Cli.Commands.ExplainCommand.Elsewhere(evt, EventSamples.Text));
    }

    [Fact]
    public void Export_writes_each_format_to_stdout_or_a_file()
    {
        var (code, plover, err) = Run("export", "--format", "plover");
        Assert.Equal(0, code);
        Assert.Equal(3, plover.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("3 record(s) of 3", err);
        string file = Path.Combine(_dir, "out.tsv");
        Assert.Equal(0, Run("export", "--format", "icews", "--out", file).Code);
        Assert.Equal(4, File.ReadAllLines(file).Length);
        Assert.Equal(ExitCodes.Usage, Run("export", "--format", "csv").Code);
    }

    [Fact]
    public void Eval_prints_json_with_detection_and_strict_scores()
    {
        File.WriteAllText(Path.Combine(_dir, "doc1.txt"), EventSamples.Text, Encoding.UTF8);
        string gold = Path.Combine(_dir, "gold.jsonl");
        File.WriteAllText(gold, """{"doc": "doc1", "events": [{"type": "CONSULT", "modality": "intended", "actors": [{"name": "Sergei Lavrov"}], "anchor": "hopes to hold bilateral talks"}]}""" + "\n");
        var (code, json, err) = Run("eval", "--gold", gold, Path.Combine(_dir, "doc1.txt"), "--json");
        Assert.True(code == 0, err);
        var root = JsonDocument.Parse(json).RootElement;
        foreach (string level in new[] { "detection", "strict" })
        {
            foreach (string measure in new[] { "precision", "recall", "f1" })
                Assert.InRange(root.GetProperty(level).GetProperty(measure).GetDouble(), 0, 1);
        }
        Assert.Equal(JsonValueKind.Array, root.GetProperty("false_negatives").ValueKind);
        var (_, table, _) = Run("eval", "--gold", gold, Path.Combine(_dir, "doc1.txt"));
        Assert.Contains("gold events", table, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_with_a_bad_gold_line_names_it_and_exits_3()
    {
        File.WriteAllText(Path.Combine(_dir, "doc1.txt"), EventSamples.Text, Encoding.UTF8);
        string gold = Path.Combine(_dir, "bad.jsonl");
        File.WriteAllText(gold, "{\"doc\": \"doc1\", \"events\": []}\n{oops\n");
        var (code, _, err) = Run("eval", "--gold", gold, Path.Combine(_dir, "doc1.txt"));
        Assert.Equal(ExitCodes.SomeInputsRejected, code);
        Assert.Contains("bad.jsonl:2: error PAR401", err);
    }

    [SharedFact]
    public void Eval_plover_runs_on_the_development_records()
    {
        var (code, json, err) = Run("eval-plover", SharedData.Path("data", "plover", "PLOVER_GSR_dev.json"), "--json");
        Assert.True(code == 0, err);
        Assert.Equal(161, JsonDocument.Parse(json).RootElement.GetProperty("records").GetInt32());
    }
}
