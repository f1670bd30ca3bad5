using System.Text;
using TextAnalysis.Input;

namespace TextAnalysis.Tests.Input;

public class TextDecoderTests
{
    private const string Arabic = "في 22 يناير 1905 خرج العمال إلى الشوارع في بتروجراد.";

    static TextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static (string Text, string Encoding) Decode(byte[] bytes)
    {
        Assert.True(TextDecoder.TryDecode(bytes, out var text, out var encoding, out var error), error);
        return (text, encoding);
    }

    [Fact]
    public void Utf8_without_bom() => Assert.Equal((Arabic, "utf-8"), Decode(Encoding.UTF8.GetBytes(Arabic)));

    [Fact]
    public void Utf8_with_bom_drops_the_bom() => Assert.Equal(Arabic, Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Arabic)]).Text);

    [Fact]
    public void Utf16_with_bom() => Assert.Equal((Arabic, "utf-16le"), Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Arabic)]));

    [Fact]
    public void Utf16_big_endian_without_bom() => Assert.Equal((Arabic, "utf-16be"), Decode(Encoding.BigEndianUnicode.GetBytes(Arabic)));

    [Fact]
    public void Utf16_little_endian_without_bom() => Assert.Equal((Arabic, "utf-16le"), Decode(Encoding.Unicode.GetBytes(Arabic)));

    [Fact]
    public void Windows_1256() => Assert.Equal((Arabic, "windows-1256"), Decode(Encoding.GetEncoding(1256).GetBytes(Arabic)));

    [Fact]
    public void Iso_8859_6() => Assert.Equal((Arabic, "iso-8859-6"), Decode(Encoding.GetEncoding(28596).GetBytes(Arabic)));

    [Fact]
    public void Binary_content_is_an_error()
    {
        Assert.False(TextDecoder.TryDecode([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00], out _, out var error));
        Assert.Contains("binary", error);
    }

    [Fact]
    public void Latin1_bytes_that_are_not_arabic_are_an_error()
    {
        Assert.False(TextDecoder.TryDecode(Encoding.Latin1.GetBytes("Ça coûte très cher à Montréal"), out _, out var error));
        Assert.Contains("UTF-8", error);
    }
}

public class HtmlTextTests
{
    [Fact]
    public void Scripts_styles_and_tags_are_dropped_and_entities_decoded()
    {
        const string html = "<html><head><title>الثورة</title><style>p{color:red}</style></head><body>" +
                            "<script>var x = '<p>لا</p>';</script><p>بدأت&nbsp;الثورة &amp; الإضراب</p><div>في <b>موسكو</b></div></body></html>";
        Assert.Equal("الثورة\nبدأت\u00A0الثورة & الإضراب\nفي موسكو", HtmlText.Extract(html));
    }

    [Fact]
    public void Malformed_html_still_gives_its_text()
    {
        Assert.Equal("أولاً\nثانياً", HtmlText.Extract("<p>أولاً<p>ثانياً</div></span>"));
    }

    [Fact]
    public void Deep_nesting_does_not_overflow()
    {
        string html = string.Concat(Enumerable.Repeat("<div>", 5000)) + "نص" + string.Concat(Enumerable.Repeat("</div>", 5000));
        _ = HtmlText.Extract(html);
    }
}
