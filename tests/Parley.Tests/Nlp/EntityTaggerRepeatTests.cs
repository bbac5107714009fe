using Parley.Nlp.Entities;

namespace Parley.Tests.Nlp;

public sealed class EntityTaggerRepeatTests
{
    [Fact]
    public void A_name_tagged_once_in_a_document_is_a_mention_where_the_tagger_missed_it()
    {
        string[][] sentences =
        [
            ["Ships", "left", "the", "port", "of", "Vellis", "."],
            ["Vellis", "was", "rebuilt", "in", "1820", "."],
            // Before a lower-case noun the name only modifies it; an abbreviation in capitals is no such name.
            ["A", "Vellis", "merchant", "wrote", "about", "ML", "."],
            ["They", "studied", "ML", "."],
        ];
        EntitySpan[][] spans = [[new(5, 6, "LOC")], [], [], [new(2, 3, "ORG")]];
        EntityTagger.Harmonise(sentences, spans);
        Assert.Equal([new EntitySpan(0, 1, "LOC")], spans[1]);
        Assert.Empty(spans[2]);
    }

    [Fact]
    public void A_name_the_document_also_writes_in_lower_case_is_not_repeated()
    {
        string[][] sentences = [["Iris", "Dane", "met", "Amber", "."], ["The", "amber", "was", "old", ",", "Amber", "said", "."], ["Amber", "is", "rare", "."]];
        EntitySpan[][] spans = [[new(0, 2, "PER"), new(3, 4, "PER")], [], []];
        EntityTagger.Harmonise(sentences, spans);
        Assert.Empty(spans[1]);
        Assert.Empty(spans[2]);
    }
}
