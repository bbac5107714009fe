using Parley.Nlp.Entities;

namespace Parley.Tests.Nlp;

public sealed class EntityTaggerTitleTests
{
    [Fact]
    public void Words_in_title_case_inside_double_quotes_are_one_misc_mention()
    {
        string[] words = ["Her", "hit", "“", "Lanterns", "of", "the", "Harbour", "”", "topped", "the", "charts", "."];
        Assert.Equal([new EntitySpan(3, 7, "MISC")], EntityTagger.WithQuotedTitles([], words));
    }

    [Fact]
    public void A_quoted_sentence_a_single_quoted_word_and_a_name_the_model_found_inside_quotes_stay_as_they_are()
    {
        string[] speech = ["\"", "We", "will", "stay", "here", "\"", ",", "said", "Ivo", "Lind", "."];
        EntitySpan[] lind = [new(8, 10, "PER")];
        Assert.Equal(lind, EntityTagger.WithQuotedTitles(lind, speech));
        string[] one = ["The", "word", "\"", "Hope", "\"", "was", "painted", "on", "the", "wall", "."];
        Assert.Empty(EntityTagger.WithQuotedTitles([], one));
        string[] named = ["They", "sailed", "on", "the", "\"", "Maren", "Holt", "\"", "from", "Tarvik", "."];
        EntitySpan[] found = [new(5, 7, "PER"), new(9, 10, "LOC")];
        Assert.Equal(found, EntityTagger.WithQuotedTitles(found, named));
    }

    [Fact]
    public void A_capitalised_adjective_before_a_lower_case_noun_is_a_misc_mention()
    {
        string[] words = ["The", "monks", "kept", "the", "Orvellian", "rule", "and", "the", "Brannist", "calendar", "."];
        string[] upos = ["DET", "NOUN", "VERB", "DET", "ADJ", "NOUN", "CCONJ", "DET", "ADJ", "NOUN", "PUNCT"];
        Assert.Equal([new EntitySpan(4, 5, "MISC"), new(8, 9, "MISC")], EntityTagger.WithProperAdjectives([], words, upos, NerGazetteer.Default));
    }

    [Fact]
    public void A_common_adjective_capitalised_for_emphasis_a_nationality_word_and_the_first_word_are_no_proper_adjective()
    {
        string[] words = ["Orvellian", "food", "was", "a", "Great", "success", "with", "French", "cooks", "."];
        string[] upos = ["ADJ", "NOUN", "AUX", "DET", "ADJ", "NOUN", "ADP", "ADJ", "NOUN", "PUNCT"];
        Assert.Empty(EntityTagger.WithProperAdjectives([], words, upos, NerGazetteer.Default));
        string[] noun = ["They", "crossed", "the", "Orvellian", ",", "then", "rested", "."];
        Assert.Empty(EntityTagger.WithProperAdjectives([], noun, ["PRON", "VERB", "DET", "ADJ", "PUNCT", "ADV", "VERB", "PUNCT"], NerGazetteer.Default));
    }
}
