using TextAnalysis.Extraction.Numbers;

namespace TextAnalysis.Tests.Numbers;

public class DigitNumberTests
{
    [Theory]
    [InlineData("1,250,000", 1250000)]
    [InlineData("89,500", 89500)]
    [InlineData("1,5", 1.5)]
    [InlineData("3.5", 3.5)]
    [InlineData("01.10", 1.1)]
    [InlineData("١٬٢٥٠", 1250)]
    [InlineData("٣٫٥", 3.5)]
    [InlineData("١٬٠٠٠٬٠٠٠٫٠٠", 1000000)]
    [InlineData("1.250.000", 1250000)]
    [InlineData("1,250.75", 1250.75)]
    [InlineData("۱۲۳", 123)]
    public void Separators_are_read_by_script_and_grouping(string surface, double value)
    {
        Assert.True(DigitNumber.TryParse(surface, out double v));
        Assert.Equal(value, v, 9);
    }

    [Theory]
    [InlineData("1.250,5.3")]
    [InlineData("12a")]
    [InlineData("12.10.2024")]
    [InlineData("1,25,000")]
    public void Malformed_numbers_are_rejected(string surface) => Assert.False(DigitNumber.TryParse(surface, out _));
}
