using Parley.Ingest;

namespace Parley.Tests.Ingest;

public sealed class TextCleanerTests
{
    [Fact]
    public void Clean_text_is_returned_as_is_with_an_identity_map()
    {
        string source = "Title\n\nBody\twith tab.";
        var (text, map) = TextCleaner.Clean(source);
        Assert.Same(source, text);
        Assert.True(map.IsIdentity);
    }

    [Fact]
    public void Crlf_cr_bom_and_control_characters_are_cleaned_and_every_offset_maps_back()
    {
        string source = "\uFEFFLavrov\r\nHopes\rfor\u0007 talks\r\n\r\nMUNICH\u000C, Feb 3";
        var (text, map) = TextCleaner.Clean(source);
        Assert.Equal("Lavrov\nHopes\nfor talks\n\nMUNICH, Feb 3", text);
        for (int i = 0; i < text.Length; i++)
        {
            char original = source[map.ToSource(i)];
            Assert.True(original == text[i] || (text[i] == '\n' && original == '\r'), $"clean offset {i} ('{text[i]}') maps to '{original}'");
        }
        Assert.Equal(source.Length, map.ToSource(text.Length));
    }

    [Fact]
    public void Interior_whitespace_and_quotes_are_not_rewritten()
    {
        var (text, _) = TextCleaner.Clean("  “Quoted”   text  \n");
        Assert.Equal("  “Quoted”   text  \n", text);
    }
}
