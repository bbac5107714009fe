using Parley.Events;
using Parley.Events.Lexicon;
using Parley.Tests.Support;

namespace Parley.Tests.Events;

public sealed class TriggerLexiconTests
{
    private static string Compiled => Path.Combine(SharedData.RepoRoot, "models", "events", "triggers.tsv.gz");

    [SharedFact]
    public void Recompiling_from_the_sources_gives_the_committed_bytes()
    {
        string cameo = SharedData.Path("data", "petrarch2-dictionaries", "CAMEO.2.0.txt");
        string extra = Path.Combine(SharedData.RepoRoot, "data", "events", "triggers.txt");
        if (Environment.GetEnvironmentVariable("PARLEY_REGENERATE") == "1")
            TriggerLexiconCompiler.CompileFiles(cameo, extra, Compiled);
        string temp = Path.GetTempFileName();
        try
        {
            byte[] first = TriggerLexiconCompiler.CompileFiles(cameo, extra, temp);
            byte[] second = TriggerLexiconCompiler.CompileFiles(cameo, extra, temp);
            Assert.Equal(first, second);
            Assert.True(File.Exists(Compiled), "models/events/triggers.tsv.gz is missing: run this test with PARLEY_REGENERATE=1");
            Assert.True(first.AsSpan().SequenceEqual(File.ReadAllBytes(Compiled)), "the committed lexicon is stale: run this test with PARLEY_REGENERATE=1");
        }
        finally
        {
            File.Delete(temp);
        }
    }

    [Fact]
    public void The_embedded_lexicon_reads_back_and_covers_every_type()
    {
        var lexicon = TriggerLexicon.Default;
        var counts = lexicon.LemmaCountByType();
        Assert.All(PloverCodebook.Types, t => Assert.True(counts[t] > 0, $"no trigger for {t}"));
        Assert.All(lexicon.Entries, e => Assert.True(e.Mode is null || PloverCodebook.IsMode(e.Type, e.Mode)));
    }

    [Fact]
    public void Verbs_come_with_their_cameo_patterns()
    {
        var meet = TriggerLexicon.Default.Lookup("meet");
        Assert.Contains(meet, e => e.Type == PloverType.Consult && e.Pattern is null && e.Cameo == "040");
        Assert.Contains(meet, e => e.Type == PloverType.Consult && e.Mode == "phone" && e.Pattern == "* (by telephone)");
        Assert.Equal("meet", TriggerLexicon.Default.LemmaOfForm("met"));
        Assert.Contains(TriggerLexicon.Default.LookupHead("meet"), e => e.Lemma == "meet with");
    }

    [Fact]
    public void A_light_verbs_idiom_pattern_stays_with_that_verb()
    {
        var lexicon = TriggerLexicon.Default;
        Assert.Contains(lexicon.Lookup("take"), e => e.Pattern == "* part" && e.Type == PloverType.Agree);
        Assert.DoesNotContain(lexicon.Lookup("capture"), e => e.Pattern == "* part");
        Assert.DoesNotContain(lexicon.Lookup("seize"), e => e.Pattern is not null && e.Pattern.StartsWith("* part", StringComparison.Ordinal));
        // Patterns written for other verbs of the block still apply to the whole block.
        Assert.Contains(lexicon.Lookup("capture"), e => e.Pattern == "* &information"); // written for SEIZE
    }

    [Fact]
    public void Nominal_and_light_verb_triggers_come_from_the_parley_list()
    {
        var lexicon = TriggerLexicon.Default;
        Assert.Contains(lexicon.Lookup("talks"), e => e.Type == PloverType.Consult && e.Kind == TriggerKind.Noun && e.Source == TriggerSource.Parley);
        Assert.Contains(lexicon.Lookup("telephone conversation"), e => e.Mode == "phone" && e.Cameo == "041");
        Assert.Contains(lexicon.Lookup("hold talk"), e => e.Kind == TriggerKind.LightVerb && e.Type == PloverType.Consult);
    }

    [Fact]
    public void Modality_cues_and_reporting_expressions_are_listed()
    {
        var lexicon = TriggerLexicon.Default;
        Assert.Contains(EventModality.Planned, lexicon.CueOf("will"));
        Assert.Contains(EventModality.Intended, lexicon.CueOf("hope"));
        Assert.Contains(EventModality.Possible, lexicon.CueOf("likely"));
        Assert.Contains(EventModality.Negated, lexicon.CueOf("never"));
        Assert.Contains(EventModality.Attempted, lexicon.CueOf("tried to"));
        Assert.Contains(EventModality.Hypothetical, lexicon.CueOf("unless"));
        Assert.True(lexicon.IsReporting("according to"));
        Assert.False(lexicon.IsReporting("meet"));
    }

    [Fact]
    public void A_bad_trigger_line_is_named()
    {
        var ex = Assert.Throws<FormatException>(() => TriggerLexiconCompiler.Compile(
            new StringReader("####### VERB PATTERNS\n"), new StringReader("noun CONSULT phone call\nnoun CONSULT dance party\n"), CameoPloverTable.Default));
        Assert.Contains("triggers.txt:2", ex.Message);
    }

    [Fact]
    public void A_damaged_compiled_file_is_refused()
    {
        var bytes = TriggerLexiconCompiler.Compile(new StringReader("####### VERB PATTERNS\n"), new StringReader("report said\n"), CameoPloverTable.Default);
        Assert.True(TriggerLexicon.Read(new MemoryStream(bytes)).IsReporting("said"));
        using var ms = new MemoryStream();
        using (var gz = new System.IO.Compression.GZipStream(ms, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
            gz.Write(System.Text.Encoding.UTF8.GetBytes(TriggerLexiconCompiler.Header + "\ntrigger\tnoun\ttalks\ttalks\tCHAT\t-\t040\n"));
        ms.Position = 0;
        Assert.Throws<FormatException>(() => TriggerLexicon.Read(ms));
    }

    [Fact]
    public void A_dropped_cameo_verb_is_no_trigger_and_its_block_mates_stay()
    {
        const string cameo = "####### VERB PATTERNS\n--- DISTURB [140] ---\nANNOY\nHARASS\n";
        var bytes = TriggerLexiconCompiler.Compile(new StringReader(cameo), new StringReader("drop verb annoy\n"), CameoPloverTable.Default);
        var lexicon = TriggerLexicon.Read(new MemoryStream(bytes));
        Assert.Empty(lexicon.Lookup("annoy"));
        Assert.NotEmpty(lexicon.Lookup("harass"));
        var kept = TriggerLexicon.Read(new MemoryStream(TriggerLexiconCompiler.Compile(new StringReader(cameo), new StringReader(""), CameoPloverTable.Default)));
        Assert.NotEmpty(kept.Lookup("annoy"));
    }

    [Fact]
    public void A_drop_line_without_its_kind_is_named()
    {
        var ex = Assert.Throws<FormatException>(() => TriggerLexiconCompiler.Compile(
            new StringReader("####### VERB PATTERNS\n"), new StringReader("drop annoy\n"), CameoPloverTable.Default));
        Assert.Contains("triggers.txt:1", ex.Message);
    }
}
