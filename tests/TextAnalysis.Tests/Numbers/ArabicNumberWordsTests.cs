using TextAnalysis.Extraction.Numbers;

namespace TextAnalysis.Tests.Numbers;

public class ArabicNumberWordsTests
{
    [Theory]
    [InlineData("خمسة وعشرون", 25, 2)]
    [InlineData("خمسة و عشرون", 25, 3)]
    [InlineData("ثلاثة ملايين وخمسمائة ألف", 3500000, 4)]
    [InlineData("مائة وخمسون ألفاً", 150000, 3)]
    [InlineData("ألفين وخمسة", 2005, 2)]
    [InlineData("تسعة عشر", 19, 2)]
    [InlineData("إحدى عشرة", 11, 2)]
    public void TryParse_reads_value_and_token_count(string text, double value, int tokens)
    {
        var a = new AnalyzedText(text);
        Assert.True(ArabicNumberWords.TryParse(a, 0, out var m));
        Assert.Equal(value, m.Value);
        Assert.Equal(tokens, m.TokenCount);
        Assert.False(m.IsOrdinal);
    }

    [Fact]
    public void TryParse_stops_before_words_that_are_not_numbers()
    {
        var a = new AnalyzedText("ثلاثة آلاف جرار وأربعة");
        Assert.True(ArabicNumberWords.TryParse(a, 0, out var m));
        Assert.Equal((3000.0, 2), (m.Value, m.TokenCount));
    }

    [Fact]
    public void TryParse_can_start_after_a_clitic()
    {
        var a = new AnalyzedText("وخمسة");
        Assert.True(ArabicNumberWords.TryParse(a, 0, out var m));
        Assert.Equal(5, m.Value);
        Assert.Equal(1, m.NormStart);
    }

    [Theory]
    [InlineData("الحادي عشر", 11)]
    [InlineData("الثاني عشر", 12)]
    [InlineData("الواحد والثلاثون", 31)]
    [InlineData("الثان والسبعون", 72)]
    [InlineData("الأحد عشر", 11)]
    public void Compound_ordinals(string text, double value)
    {
        var a = new AnalyzedText(text);
        bool ok = ArabicNumberWords.TryParseOrdinal(a, 0, out var m) || ArabicNumberWords.TryParse(a, 0, out m);
        Assert.True(ok);
        Assert.True(m.IsOrdinal);
        Assert.Equal(value, m.Value);
        Assert.Equal(a.Tokens.Count, m.TokenCount);
    }

    [Theory]
    [InlineData("أحد")]
    [InlineData("الحادي")]
    [InlineData("آلاف")]
    [InlineData("الملايين")]
    public void Words_that_are_no_number_alone(string text)
    {
        var a = new AnalyzedText(text);
        Assert.False(ArabicNumberWords.TryParse(a, 0, out _));
        Assert.False(ArabicNumberWords.TryParseOrdinal(a, 0, out _));
    }
}
