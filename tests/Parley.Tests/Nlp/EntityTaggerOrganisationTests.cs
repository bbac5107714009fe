using Parley.Nlp.Entities;

namespace Parley.Tests.Nlp;

public sealed class EntityTaggerOrganisationTests
{
    [Fact]
    public void Names_headed_by_an_institution_noun_are_organisations()
    {
        // "Fenwick Grammar School" and "Royal Library of Vastland" read as places, "Ashby Rovers" as a person.
        string[] words = ["Tilde", "left", "Fenwick", "Grammar", "School", "for", "the", "Royal", "Library", "of", "Vastland", "and", "Ashby", "Rovers", "."];
        Assert.Equal([new EntitySpan(0, 1, "PER"), new(2, 5, "ORG"), new(7, 11, "ORG"), new(12, 14, "ORG")],
            EntityTagger.WithOrganisationCues([new(0, 1, "PER"), new(2, 5, "LOC"), new(7, 11, "LOC"), new(12, 14, "PER")], words));
        // A building or a site stays a place; so does a one-word name.
        string[] places = ["They", "met", "at", "Orwell", "Hall", "in", "Dunmore", "."];
        EntitySpan[] kept = [new(3, 5, "LOC"), new(6, 7, "LOC")];
        Assert.Equal(kept, EntityTagger.WithOrganisationCues(kept, places));
    }

    [Fact]
    public void A_capitalised_run_around_an_institution_noun_is_an_organisation_even_when_the_model_missed_it()
    {
        // Nothing tagged: "Orland Museum" is no institution name here, "Tessaly Academy of Music" is.
        string[] words = ["In", "Tessaly", "Academy", "of", "Music", "and", "the", "Orland", "Museum", "."];
        Assert.Equal([new EntitySpan(1, 5, "ORG")], EntityTagger.WithOrganisationCues([], words));
        // The model's place inside the name gives way; two coordinated names stay two.
        string[] two = ["She", "taught", "at", "the", "University", "of", "Keldon", "and", "Marsh", "College", "."];
        Assert.Equal([new EntitySpan(4, 7, "ORG"), new(8, 10, "ORG")], EntityTagger.WithOrganisationCues([new(6, 7, "LOC")], two));
    }

    [Fact]
    public void A_coordinated_name_after_the_before_an_institution_noun_is_part_of_it()
    {
        // "the Tarn and Vesk Court of Appeal" is one court, not the place Tarn and a court of Vesk.
        string[] words = ["So", "the", "Tarn", "and", "Vesk", "Court", "of", "Appeal", "ruled", "."];
        Assert.Equal([new EntitySpan(2, 8, "ORG")], EntityTagger.WithOrganisationCues([new(2, 3, "LOC"), new(4, 8, "ORG")], words));
        // Without "the", or after a plural name that takes "the", the words before "and" are a name of their own.
        string[] apart = ["She", "moved", "between", "Tarn", "and", "Vesk", "University", "."];
        Assert.Equal([new EntitySpan(3, 4, "LOC"), new(5, 7, "ORG")], EntityTagger.WithOrganisationCues([new(3, 4, "LOC"), new(5, 7, "ORG")], apart));
        string[] plural = ["He", "left", "the", "Orkneys", "and", "Vesk", "University", "."];
        Assert.Equal([new EntitySpan(3, 4, "LOC"), new(5, 7, "ORG")], EntityTagger.WithOrganisationCues([new(3, 4, "LOC"), new(5, 7, "ORG")], plural));
    }

    [Fact]
    public void Names_headed_by_a_division_noun_are_places_unless_they_end_in_an_institution_noun()
    {
        string[] words = ["The", "Municipality", "of", "Tarvel", "left", "Orrin", "County", "Council", "."];
        Assert.Equal([new EntitySpan(1, 4, "LOC"), new(5, 8, "ORG")],
            EntityTagger.WithOrganisationCues([new(1, 4, "ORG"), new(5, 8, "ORG")], words));
    }

    [Fact]
    public void A_legal_form_alone_is_no_mention()
    {
        string[] words = ["Corvale", "Mining", "Corporation", ",", "Inc.", "appealed", "."];
        Assert.Equal([new EntitySpan(0, 3, "ORG")], EntityTagger.WithOrganisationCues([new(0, 3, "ORG"), new(4, 5, "ORG")], words));
    }

    [Fact]
    public void A_short_form_in_parentheses_after_a_name_takes_its_type_and_so_do_its_repeats()
    {
        string[] first = ["The", "Baltic", "Fishery", "Board", "(", "BFB", ")", "met", "."];
        var one = EntityTagger.WithOrganisationCues([new(1, 4, "ORG")], first);
        Assert.Equal([new EntitySpan(1, 4, "ORG"), new(5, 6, "ORG")], one);
        // Letters that do not come from the name in order are no short form.
        Assert.Equal([new EntitySpan(1, 4, "ORG")], EntityTagger.WithOrganisationCues([new(1, 4, "ORG")], ["The", "Baltic", "Fishery", "Board", "(", "XQ", ")", "met", "."]));
        string[] second = ["BFB", "said", "quotas", "fell", ",", "Ilse", "Varn", "said", "."];
        EntitySpan[][] spans = [one, [new(0, 1, "PER"), new(5, 7, "PER")]];
        EntityTagger.Harmonise([first, second], spans);
        Assert.Equal([new EntitySpan(0, 1, "ORG"), new(5, 7, "PER")], spans[1]);
    }

    [Theory]
    [InlineData("WHO", "World Health Organisation", true)]
    [InlineData("NAACP", "National Association for the Advancement of Colored People", true)]
    [InlineData("UNHCR", "United Nations High Commissioner for Refugees", true)]
    [InlineData("FC", "Ashby Rovers", false)]
    [InlineData("Kapp", "Kalmar Apple Partners", false)]
    [InlineData("BX", "Baltic Fishery Board", false)]
    public void Short_forms_are_letters_of_the_name_in_order(string shortForm, string name, bool expected)
        => Assert.Equal(expected, EntityTagger.IsShortFormOf(shortForm, name.Split(' ')));
}
