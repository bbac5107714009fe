using Parley.Nlp.Entities;

namespace Parley.Tests.Nlp;

public sealed class EntityTaggerLanguageTests
{
    [Fact]
    public void A_word_the_document_uses_as_a_language_is_no_place_or_person_anywhere_in_it()
    {
        string[][] sentences =
        [
            ["Tovan", ",", "a", "Seri", "-", "Lok", "language", ",", "is", "spoken", "in", "Marrow", "."],
            ["Old", "letters", "were", "translated", "into", "Vellic", "by", "Ada", "Kemp", "."],
            ["Tovan", "and", "Vellic", "share", "words", "."],
        ];
        EntitySpan[][] spans = [[new(0, 1, "LOC"), new(11, 12, "LOC")], [new(7, 9, "PER")], [new(0, 1, "LOC"), new(2, 3, "PER")]];
        EntityTagger.Harmonise(sentences, spans);
        Assert.Equal([new EntitySpan(0, 1, "MISC"), new(11, 12, "LOC")], spans[0]);
        // The language the tagger missed here is found by the document's repeats, then read as a language.
        Assert.Equal([new EntitySpan(5, 6, "MISC"), new(7, 9, "PER")], spans[1]);
        Assert.Equal([new EntitySpan(0, 1, "MISC"), new(2, 3, "MISC")], spans[2]);
    }

    [Fact]
    public void A_name_before_speaking_or_after_spoken_in_is_no_language()
    {
        string[][] sentences = [["With", "Kemp", "speaking", ",", "the", "hall", "in", "Marrow", "was", "full", "."], ["Kemp", "left", "Marrow", "."]];
        EntitySpan[][] spans = [[new(1, 2, "PER"), new(7, 8, "LOC")], [new(0, 1, "PER"), new(2, 3, "LOC")]];
        EntityTagger.Harmonise(sentences, spans);
        Assert.Equal([new EntitySpan(1, 2, "PER"), new(7, 8, "LOC")], spans[0]);
        Assert.Equal([new EntitySpan(0, 1, "PER"), new(2, 3, "LOC")], spans[1]);
    }
}
