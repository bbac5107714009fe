using Parley.Nlp.Entities;

namespace Parley.Tests.Nlp;

public sealed class EntityTaggerNamedThingsTests
{
    [Fact]
    public void Names_headed_by_an_event_noun_are_events()
    {
        // The model read the revolution as an organisation and missed the cup and the battle.
        string[] words = ["After", "the", "Velorian", "Revolution", ",", "Ostrava", "won", "the", "Tessaly", "Cup", "near", "the", "Battle", "of", "Korsk", "site", "."];
        Assert.Equal([new EntitySpan(2, 4, "EVENT"), new(5, 6, "LOC"), new(8, 10, "EVENT"), new(12, 15, "EVENT")],
            EntityTagger.WithNamedThings([new(2, 4, "ORG"), new(5, 6, "LOC"), new(8, 9, "LOC"), new(14, 15, "LOC")], words));
        // A Roman numeral after the noun belongs to the name; a one-word event name is an event.
        string[] war = ["Veterans", "of", "World", "War", "II", "met", "before", "the", "Olympics", "."];
        Assert.Equal([new EntitySpan(2, 5, "EVENT"), new(8, 9, "EVENT")], EntityTagger.WithNamedThings([new(8, 9, "PER")], war));
        // The noun alone, or inside an institution's name, is no event.
        string[] office = ["The", "War", "Office", "said", "war", "was", "near", "."];
        Assert.Equal([new EntitySpan(1, 3, "ORG")], EntityTagger.WithNamedThings([new(1, 3, "ORG")], office));
    }

    [Fact]
    public void Titles_after_a_noun_for_a_work_are_MISC()
    {
        // Quoted: the whole title, lower-case words too, replacing the model's person inside.
        string[] quoted = ["Their", "debut", "single", ",", "\"", "Rain", "over", "Marlow", "\"", ",", "charted", "."];
        Assert.Equal([new EntitySpan(5, 8, "MISC")], EntityTagger.WithNamedThings([new(7, 8, "PER")], quoted));
        // Unquoted: only a run the model read as a name.
        string[] plain = ["She", "wrote", "the", "novel", "Brightwater", "in", "Oslo", "."];
        Assert.Equal([new EntitySpan(4, 5, "MISC"), new(6, 7, "LOC")], EntityTagger.WithNamedThings([new(4, 5, "PER"), new(6, 7, "LOC")], plain));
        string[] untagged = ["The", "film", "Tonight", "aired", "."];
        Assert.Empty(EntityTagger.WithNamedThings([], untagged));
    }

    [Fact]
    public void A_name_after_an_honorific_is_a_person()
    {
        string[] words = ["It", "is", "a", "waiver", ",", "Justice", "Orvin", ",", "said", "Mr.", "Pellam", "."];
        Assert.Equal([new EntitySpan(6, 7, "PER"), new(10, 11, "PER")], EntityTagger.WithNamedThings([], words));
        // A form of address made of titles names no one; an institution after the word is no person.
        string[] address = ["Mr.", "Chief", "Justice", ",", "the", "Justice", "Department", "agrees", "."];
        Assert.Empty(EntityTagger.WithNamedThings([], address));
    }

    [Fact]
    public void A_name_after_a_news_outlet_noun_is_an_organisation()
    {
        string[] words = ["The", "newspaper", "Dagblad", "Vest", "and", "radio", "station", "4KQ", "told", "the", "agency", "Tuesday", "."];
        Assert.Equal([new EntitySpan(2, 4, "ORG"), new(7, 8, "ORG")], EntityTagger.WithNamedThings([new(2, 4, "LOC")], words));
    }

    [Fact]
    public void Names_ending_in_a_label_studio_airline_or_newspaper_word_are_organisations()
    {
        // "Harlan Records" read as a person, "Dunmore Herald" missed; "Arlen Press Secretary" is a title, no press.
        string[] words = ["Harlan", "Records", "signed", "them", ",", "the", "Dunmore", "Herald", "said", "."];
        Assert.Equal([new EntitySpan(0, 2, "ORG"), new(6, 8, "ORG")], EntityTagger.WithOrganisationCues([new(0, 2, "PER")], words));
        string[] title = ["Arlen", "Press", "Secretary", "Ila", "Moss", "spoke", "."];
        Assert.Equal([new EntitySpan(3, 5, "PER")], EntityTagger.WithOrganisationCues([new(3, 5, "PER")], title));
    }

    [Fact]
    public void Post_nominal_letters_and_seasons_are_no_mentions_and_initials_join_the_name()
    {
        string[] words = ["For", "the", "Crown", ",", "J.", "Ada", "Moss", ",", "QC", ",", "argued", "."];
        Assert.Equal([new EntitySpan(2, 3, "ORG"), new(4, 7, "PER")],
            EntityTagger.WithNamedThings([new(2, 3, "ORG"), new(5, 7, "PER"), new(8, 9, "ORG")], words));
        string[] season = ["Summer", "is", "busy", "in", "Varna", "."];
        Assert.Equal([new EntitySpan(4, 5, "LOC")], EntityTagger.WithNamedThings([new(0, 1, "LOC"), new(4, 5, "LOC")], season));
        // A named period is no place.
        string[] period = ["During", "the", "Bronze", "Age", ",", "Varna", "grew", "."];
        Assert.Equal([new EntitySpan(2, 4, "EVENT"), new(5, 6, "LOC")], EntityTagger.WithNamedThings([new(2, 4, "LOC"), new(5, 6, "LOC")], period));
    }

    [Fact]
    public void A_word_capitalised_after_an_opening_quote_is_a_sentence_start_for_the_document_step()
    {
        string[] first = ["\"", "Cobalt", "is", "scarce", ",", "\"", "Ida", "Renn", "said", "."];
        string[] second = ["Prices", "of", "cobalt", "rose", "."];
        EntitySpan[][] spans = [[new(1, 2, "PER"), new(6, 8, "PER")], []];
        EntityTagger.Harmonise([first, second], spans);
        Assert.Equal([new EntitySpan(6, 8, "PER")], spans[0]);
    }

    [Fact]
    public void A_language_name_alone_is_MISC()
    {
        string[] words = ["Orla", "spoke", "Swahili", "and", "Tagalog", "near", "the", "Latin", "Quarter", "."];
        Assert.Equal([new EntitySpan(0, 1, "PER"), new(2, 3, "MISC"), new(4, 5, "MISC"), new(7, 9, "LOC")],
            EntityTagger.WithNamedThings([new(0, 1, "PER"), new(4, 5, "PER"), new(7, 9, "LOC")], words));
    }
}
