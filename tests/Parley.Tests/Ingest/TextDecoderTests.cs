using System.Text;
using Parley.Ingest;

namespace Parley.Tests.Ingest;

public sealed class TextDecoderTests
{
    static TextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string Russian = "Министр иностранных дел России Сергей Лавров встретился с госсекретарём США.";
    private const string French = "Le ministre a déclaré à Genève: \u201cNous sommes prêts\u201d \u2014 café, été, naïve.";

    [Fact]
    public void Utf8_without_bom_decodes_strictly()
    {
        var d = TextDecoder.Decode(Encoding.UTF8.GetBytes("Lavrov “reset” é"));
        Assert.Equal("utf-8", d.EncodingName);
        Assert.Equal("Lavrov “reset” é", d.Text);
        Assert.Equal(0, d.InvalidSequences);
    }

    [Fact]
    public void Utf8_bom_is_kept_as_u_feff_for_the_cleaner_to_remove()
    {
        var d = TextDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Hi")]);
        Assert.Equal("utf-8", d.EncodingName);
        Assert.Equal("\uFEFFHi", d.Text);
    }

    [Theory]
    [InlineData(false, "utf-16le")]
    [InlineData(true, "utf-16be")]
    public void Utf16_with_bom_is_detected(bool bigEndian, string expected)
    {
        var enc = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var d = TextDecoder.Decode([.. enc.GetPreamble(), .. enc.GetBytes(Russian)]);
        Assert.Equal(expected, d.EncodingName);
        Assert.Equal("\uFEFF" + Russian, d.Text);
    }

    [Fact]
    public void Utf16_le_without_bom_is_detected_from_zero_bytes()
    {
        var d = TextDecoder.Decode(Encoding.Unicode.GetBytes("Moscow, February 3 (RIA Novosti)"));
        Assert.Equal("utf-16le", d.EncodingName);
        Assert.Equal("Moscow, February 3 (RIA Novosti)", d.Text);
    }

    [Fact]
    public void Windows_1251_russian_text_is_recognised()
    {
        var d = TextDecoder.Decode(Encoding.GetEncoding(1251).GetBytes(Russian));
        Assert.Equal("windows-1251", d.EncodingName);
        Assert.Equal(Russian, d.Text);
    }

    [Fact]
    public void Windows_1252_text_with_curly_quotes_and_accents_is_recognised()
    {
        var d = TextDecoder.Decode(Encoding.GetEncoding(1252).GetBytes(French));
        Assert.Equal("windows-1252", d.EncodingName);
        Assert.Equal(French, d.Text);
    }

    [Fact]
    public void Mostly_valid_utf8_with_a_bad_byte_is_decoded_with_replacement_and_its_offset()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Лавров “reset” "), 0xFF, .. Encoding.UTF8.GetBytes(" done")];
        var d = TextDecoder.Decode(bytes);
        Assert.Equal("utf-8", d.EncodingName);
        Assert.Equal(1, d.InvalidSequences);
        Assert.Equal(Encoding.UTF8.GetByteCount("Лавров “reset” "), d.FirstInvalidOffset);
        Assert.Contains('\uFFFD', d.Text!);
    }

    [Fact]
    public void Nul_bytes_outside_utf16_mean_binary()
    {
        var d = TextDecoder.Decode([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x01, 0x02]);
        Assert.True(d.IsBinary);
    }

    [Fact]
    public void A_declared_legacy_charset_is_used_when_there_is_no_bom()
    {
        var d = TextDecoder.Decode(Encoding.GetEncoding(1251).GetBytes("<p>" + Russian + "</p>"), "windows-1251");
        Assert.Equal("windows-1251", d.EncodingName);
        Assert.Contains(Russian, d.Text);
    }
}
