using Parley.Nlp.Entities;

namespace Parley.Tests.Nlp;

public sealed class EntityTaggerInstrumentTests
{
    [Fact]
    public void Names_of_laws_treaties_studies_and_prizes_are_misc()
    {
        string[] words = ["The", "Orvel", "Marriage", "Act", "and", "the", "Treaty", "of", "Salen", "won", "the", "Vand", "Prize", "."];
        Assert.Equal([new EntitySpan(1, 4, "MISC"), new(6, 9, "MISC"), new(11, 13, "MISC")],
            EntityTagger.WithNamedThings([new(1, 4, "ORG"), new(6, 9, "LOC"), new(11, 13, "PER")], words));
    }

    [Fact]
    public void A_body_named_after_a_programme_or_survey_and_a_one_word_name_stay_as_tagged()
    {
        string[] words = ["The", "Kestra", "Geological", "Survey", "read", "Constitution", "."];
        EntitySpan[] spans = [new(1, 4, "ORG"), new(5, 6, "ORG")];
        Assert.Equal(spans, EntityTagger.WithNamedThings(spans, words));
    }

    [Fact]
    public void A_person_mention_made_only_of_initials_is_a_place()
    {
        string[] words = ["He", "sailed", "from", "N.", "T.", "with", "K.", "Ada", "Moss", "."];
        Assert.Equal([new EntitySpan(3, 5, "LOC"), new(6, 9, "PER")],
            EntityTagger.WithNamedThings([new(3, 5, "PER"), new(7, 9, "PER")], words));
    }
}
