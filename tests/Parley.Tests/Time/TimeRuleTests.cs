using Parley.Dates;
using Parley.Time;

namespace Parley.Tests.Time;

/// <summary>The compiled rule file: it loads, and every rule's examples are recognised whole and resolve to the value written beside them.</summary>
public sealed class TimeRuleTests
{
    public static TheoryData<string> RuleNames()
    {
        var data = new TheoryData<string>();
        foreach (var rule in TimeRuleSet.Default.Rules) data.Add(rule.Name);
        return data;
    }

    [Theory, MemberData(nameof(RuleNames))]
    public void Rule_examples_resolve_to_their_values(string name)
    {
        var rules = TimeRuleSet.Default;
        var rule = rules.Rules.Single(r => r.Name == name);
        var d = rules.ExampleReference;
        var reference = new ReferenceDate { Value = new PartialDate(d.Year, d.Month, d.Day), Granularity = DateGranularity.Day, Source = ReferenceDateSource.Metadata };
        foreach (var (example, value) in rule.Examples)
        {
            var (context, _, text) = TimeRuleSet.Example(example);
            var found = TimeTagger.Default.Tag(context, reference);
            Assert.True(found.Count == 1, $"{name}: '{text}' gave {found.Count} expressions: {string.Join("; ", found.Select(f => f.Text + "=" + f.Value))}");
            Assert.Equal(text, found[0].Text);
            Assert.Equal(value, found[0].Value);
        }
    }

    [Fact]
    public void Malformed_rules_are_refused_at_build()
    {
        var lexicon = "[month cased]\njanuary = 1\n";
        Assert.Throws<FormatException>(() => TimeRuleSet.Parse(lexicon, "reference: 2012-02-03\nrule x DATE first=month\n  {nosuchclass}\n  e.g. January => 1\n"));
        Assert.Throws<FormatException>(() => TimeRuleSet.Parse(lexicon, "reference: 2012-02-03\nrule x DATE first=digit\n  {month}\n  e.g. January => 1\n"));
        Assert.Throws<FormatException>(() => TimeRuleSet.Parse("[month]\njanuary = 1\njanuary = 2\n", "reference: 2012-02-03\n"));
    }
}
