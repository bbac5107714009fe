using Parley.Documents;
using Parley.Entities;
using Parley.Entities.Actors;

namespace Parley.Tests.Entities;

/// <summary>
/// Spec-style examples (SPEC §6) for actors the text describes but does not name — indefinite and counted role nouns,
/// the country of a body after the role, of the sentence before it or of the place after it — and for capitals that are
/// only places. Invented sentences.
/// </summary>
public sealed class DescribedActorTests
{
    private static EntityResolver Resolver { get; } = new(EntityResources.Default);

    private static IReadOnlyList<ActorMention> Actors(string text, string? person = null) =>
        Resolver.Resolve(text, [new Span(0, text.Length)], new DateOnly(2014, 3, 4),
            person is null ? [] : [(new Span(text.IndexOf(person, StringComparison.Ordinal), text.IndexOf(person, StringComparison.Ordinal) + person.Length), "PER")]).Actors.Mentions;

    private static ActorMention At(IReadOnlyList<ActorMention> actors, string text) => Assert.Single(actors, a => a.Text == text);

    [Theory]
    [InlineData("A well-known photographer was arrested on Monday.", "A well-known photographer", "photographer", null, "JRN")]
    [InlineData("Police said an opposition activist had fled.", "an opposition activist", "activist", null, "OPP")]
    [InlineData("A senior Bolivian army commander told reporters the talks had failed.", "A senior Bolivian army commander", "commander", "BOL", "MIL")]
    [InlineData("A spokeswoman for the Chilean embassy said the visa was refused.", "A spokeswoman", "spokeswoman", "CHL", null)]
    public void An_indefinite_role_noun_is_a_nameless_person_with_its_role(string text, string mention, string role, string? country, string? sector)
    {
        var a = At(Actors(text), mention);
        Assert.Equal((ActorKind.Person, (string?)null, role, country, sector), (a.Kind, a.Name, a.Role, a.Country, a.Sector));
        Assert.False(a.RoleNoun); // a new person, never linked to someone named before
    }

    [Theory]
    [InlineData("The unions called a general strike on Monday.")]
    [InlineData("An official visit to Lima was cancelled.")]
    public void A_role_noun_used_as_a_modifier_is_no_person(string text) =>
        Assert.DoesNotContain(Actors(text), a => a.Kind == ActorKind.Person);

    [Fact]
    public void A_described_person_takes_the_country_named_before_it_in_the_sentence()
    {
        var a = At(Actors("Peru closed the northern border on Sunday, a military spokesman said."), "a military spokesman");
        Assert.Equal(("PER", "MIL"), (a.Country, a.Sector));
    }

    [Fact]
    public void Counted_agent_nouns_are_a_described_group_not_the_actors_named_before()
    {
        var actors = Actors("Peru and Chile held talks. Two soldiers were wounded near the border.");
        var g = At(actors, "soldiers");
        Assert.Equal((ActorKind.Group, "MIL"), (g.Kind, g.Sector));
        Assert.True(g.Members is null or { Count: 0 });
        Assert.NotNull(At(Actors("Peru and Chile held talks. The two sides agreed.")
            , "The two sides").Members);
    }

    [Theory]
    [InlineData("Chadian activists reported heavy shelling.", "Chadian activists", "TCD", "CVL")]
    [InlineData("Two border guards were wounded on Monday.", "border guards", null, "MIL")]
    public void Plural_agent_nouns_are_described_groups(string text, string mention, string? country, string sector)
    {
        var g = At(Actors(text), mention);
        Assert.Equal((ActorKind.Group, country, sector), (g.Kind, g.Country, g.Sector));
    }

    [Theory]
    [InlineData("Shells fell in the Miraflores district of southern Lima on Friday.")]
    [InlineData("Fighting spread to the outskirts of Lima.")]
    [InlineData("Gunmen opened fire in central Lima.")]
    public void A_capital_inside_a_phrase_placing_something_in_it_is_a_place_not_a_government(string text) =>
        Assert.DoesNotContain(Actors(text), a => a.Text == "Lima");

    [Fact]
    public void A_capital_acting_is_still_its_government() =>
        Assert.Equal("PER", At(Actors("Lima rejected the demands of Santiago."), "Lima").Country);

    [Theory]
    [InlineData("Opposition supporters rallied in Caracas on Sunday.", "Opposition supporters", "VEN")]
    [InlineData("A radio reporter was killed in a suburb of Quito.", "A radio reporter", "ECU")]
    [InlineData("Diplomats met in Caracas on Sunday.", "Diplomats", null)]
    [InlineData("Opposition supporters flew to Caracas on Sunday.", "Opposition supporters", null)]
    public void People_who_act_where_they_are_take_the_country_of_the_place_the_sentence_puts_them_in(string text, string mention, string? country) =>
        Assert.Equal(country, At(Actors(text), mention).Country);

    [Theory]
    [InlineData("Elena Paucar, Peru's best-known human rights activist, was released.", "Peru's best-known human rights activist", "activist", "PER", "CVL")]
    [InlineData("Elena Paucar, a Bolivian reporter, said the border was closed.", "a Bolivian reporter", "reporter", "BOL", "JRN")]
    public void A_role_noun_in_apposition_after_a_name_is_that_person(string text, string role, string title, string country, string sector)
    {
        var actors = Actors(text, "Elena Paucar");
        var p = At(actors, "Elena Paucar");
        Assert.Equal((title, country, sector), (p.Role, p.Country, p.Sector));
        Assert.Equal("Elena Paucar", At(actors, role).Name);
    }

    [Fact]
    public void A_role_noun_after_a_name_in_a_list_is_not_that_person()
    {
        var actors = Actors("Elena Paucar, a Bolivian reporter and two soldiers were hurt.", "Elena Paucar");
        Assert.Null(At(actors, "Elena Paucar").Country);
    }

    [Theory]
    [InlineData("The army of Peru seized the town.", "army", "PER")]
    [InlineData("The government of Peruvian President Jean Morel declared a curfew.", "government", "PER")]
    [InlineData("The troops of the alliance advanced.", "troops", null)]
    public void A_described_group_takes_the_country_of_its_owner_named_by_of(string text, string mention, string? country) =>
        Assert.Equal(country, At(Actors(text), mention).Country);

    [Fact]
    public void A_group_led_by_a_country_is_that_countrys()
    {
        var g = At(Actors("Peruvian-led forces shelled the hills."), "Peruvian-led forces");
        Assert.Equal((ActorKind.Group, "PER", "MIL"), (g.Kind, g.Country, g.Sector));
    }
}
