using Parley.Documents;
using Parley.Entities;
using Parley.Entities.Actors;
using Parley.Tests.Support;

namespace Parley.Tests.Entities;

/// <summary>Compiled resources: deterministic and identical to the shipped copies; lexicon rules on small texts.</summary>
public sealed class EntityResourceTests
{
    [SharedFact]
    public void Recompiling_from_shared_gives_the_shipped_bytes()
    {
        var files = ResourceBuilder.Compile(SharedData.Path("data"), Path.Combine(SharedData.RepoRoot, "data", "entities"));
        foreach (var (name, bytes) in files)
            Assert.True(bytes.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(SharedData.RepoRoot, "models", "gazetteer", name))), $"{name} differs: run 'parley build-resources'");
    }

    [Fact]
    public void Embedded_resources_validate() => ResourceBuilder.Validate(EntityResources.Default);

    /// <summary>
    /// PETRARCH gives some countries and towns entries of their own with dated bare country codes ("ARMENIA_ … [ARM
    /// >911221]", with the capital as an alias); they are no people, or "Bishkek" would resolve to a person.
    /// </summary>
    [Fact]
    public void No_person_in_the_knowledge_base_is_named_like_a_country()
    {
        var countryNames = EntityResources.Default.Gazetteer.Countries.Select(c => NameFold.LooseName(c.Name)).ToHashSet(StringComparer.Ordinal);
        var people = EntityResources.Default.Kb.Actors.Where(a => a.Kind == ActorKind.Person && countryNames.Contains(NameFold.LooseName(a.Name)))
            .Select(a => $"{a.Id} {a.Name}").ToList();
        Assert.True(people.Count == 0, "people named like countries: " + string.Join(", ", people));
    }

    [Theory]
    [InlineData("Sergei", "Sergey")]
    [InlineData("Dmitry", "Dmitriy")]
    [InlineData("Dmitri", "Dmitry")]
    [InlineData("Mouaz", "Moaz")]
    [InlineData("Alexei", "Aleksey")]
    public void Transliteration_variants_fold_together(string a, string b) => Assert.Equal(NameFold.Loose(a), NameFold.Loose(b));

    private static EntityResolver Resolver { get; } = new(EntityResources.Default);

    private static (Parley.Entities.Actors.ActorLayer, Parley.Entities.Places.PlaceLayer) Run(string text) =>
        Resolver.Resolve(text, [new Span(0, text.Length)], new DateOnly(2012, 2, 3));

    [Theory]
    [InlineData("Russian Foreign Minister Sergey Lavrov spoke.", "Sergei Lavrov", "RUS", "GOV")]
    [InlineData("State Department spokeswoman Jane Doe said so.", "Jane Doe", "USA", "GOV")]
    [InlineData("The Kremlin said nothing.", "Kremlin", "RUS", "GOV")]
    [InlineData("Downing Street said nothing.", "Downing Street", "GBR", "GOV")]
    [InlineData("Syrian authorities blame gangs.", null, "SYR", "GOV")]
    [InlineData("Kyrgyz authorities blame gangs.", null, "KGZ", "GOV")]
    [InlineData("Tajik troops crossed the border.", null, "TJK", "MIL")]
    public void Actors_from_appositions_metonyms_and_groups(string text, string? name, string country, string sector)
    {
        var (actors, _) = Run(text);
        Assert.Contains(actors.Mentions, a => a.Name == name && a.Country == country && a.Sector == sector);
    }

    /// <summary>A body named for a town ("Mosul University Medical College") is an organisation in the town's country; the town stays a place.</summary>
    [Fact]
    public void A_body_named_for_a_town_takes_its_country()
    {
        const string text = "The aid reached Mosul University Medical College on Monday.";
        var hospital = new Span(text.IndexOf("Mosul", StringComparison.Ordinal), text.IndexOf(" on", StringComparison.Ordinal));
        var (actors, places) = Resolver.Resolve(text, [new Span(0, text.Length)], new DateOnly(2012, 2, 3), [(hospital, "ORG")]);
        Assert.Contains(actors.Mentions, a => a.Text == "Mosul University Medical College" && a.Country == "IRQ");
        Assert.Contains(places.Mentions, p => p.Text == "Mosul" && p.Country == "IRQ");
        Assert.DoesNotContain(places.Mentions, p => p.Text == "University");
    }

    /// <summary>A demonym that a country list also gives as the country's alias ("Togolese") is an adjective, not the country.</summary>
    [Fact]
    public void A_demonym_is_not_the_country_itself()
    {
        var (actors, places) = Run("Togolese traders blocked the road.");
        Assert.DoesNotContain(places.Mentions, p => p.Text == "Togolese");
        Assert.DoesNotContain(actors.Mentions, a => a.Kind == ActorKind.State && a.Text == "Togolese");
    }

    [Fact]
    public void Lower_case_us_is_not_the_United_States()
    {
        var (actors, places) = Run("He told us about it. The U.S. agreed.");
        Assert.Single(places.Mentions, p => p.Country == "USA");
        Assert.DoesNotContain(actors.Mentions, a => a.Text == "us");
    }

    [Theory]
    [InlineData("Talks in Washington and Moscow went on.", "Washington", 4140963)]
    [InlineData("Protests in Georgia: police in Tbilisi said.", "Georgia", null)]
    public void Places_resolve_with_context(string text, string place, int? geonameId)
    {
        var (_, places) = Run(text);
        var p = Assert.Single(places.Mentions, m => m.Text == place);
        Assert.Equal(geonameId, p.GeonameId);
        if (place == "Georgia") Assert.Equal("GEO", p.Country);
    }

    [Fact]
    public void Moscow_as_subject_is_the_Russian_government_but_not_after_in()
    {
        var (actors, _) = Run("Moscow has refused. He returned to Moscow.");
        Assert.Single(actors.Mentions, a => a.Country == "RUS" && a.Sector == "GOV");
    }
}
