using Parley.Nlp.Entities;

namespace Parley.Tests.Nlp;

public sealed class NerSilverTests
{
    [Fact]
    public void A_silver_sentence_must_have_every_capitalised_word_inside_a_mention_or_known_as_no_name()
    {
        string[] words = ["On", "Monday", ",", "President", "Ada", "Moss", "met", "French", "envoys", "in", "Tarvik", "."];
        Assert.True(NerSilver.Covered(words, [new(4, 6, "PER"), new(10, 11, "LOC")], NerGazetteer.Default));
        Assert.False(NerSilver.Covered(words, [new(4, 6, "PER")], NerGazetteer.Default));
    }
}
