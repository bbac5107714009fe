using Parley.Articles;

namespace Parley.Tests.Articles;

public sealed class BoilerplateLexiconTests
{
    [Fact]
    public void The_embedded_lexicon_loads_from_data_and_holds_dozens_of_phrases()
    {
        var lexicon = BoilerplateLexicon.Default;
        Assert.True(lexicon.PhraseCount + lexicon.PrefixCount >= 100);
        Assert.Equal("leave a comment", lexicon.Match("  Leave a Comment  "));
    }

    [Fact]
    public void The_embedded_lexicon_is_the_file_in_data()
    {
        // The resource is compiled from data/lexicons/boilerplate.txt; reading the file back must give the same lexicon.
        string path = Path.Combine(Support.SharedData.RepoRoot, "data", "lexicons", "boilerplate.txt");
        using var reader = new StreamReader(path);
        var fromFile = BoilerplateLexicon.Parse(reader);
        Assert.Equal(BoilerplateLexicon.Default.PhraseCount, fromFile.PhraseCount);
        Assert.Equal(BoilerplateLexicon.Default.PrefixCount, fromFile.PrefixCount);
    }

    [Theory]
    [InlineData("share\nShare\n")]
    [InlineData("# only symbols below\n***\n")]
    public void A_broken_lexicon_is_refused(string content)
    {
        Assert.Throws<FormatException>(() => BoilerplateLexicon.Parse(new StringReader(content)));
    }

    [Theory]
    [InlineData("Share prices fell on Monday")]
    [InlineData("Comments by the minister were welcomed")]
    [InlineData("Print media were banned from the briefing")]
    public void Sentences_that_start_with_a_furniture_word_are_not_furniture(string line)
    {
        Assert.Null(BoilerplateLexicon.Default.Match(line));
    }
}
