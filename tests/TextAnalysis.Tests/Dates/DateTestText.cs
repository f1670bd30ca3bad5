using System.Globalization;
using TextAnalysis.Extraction.Dates;
using TextAnalysis.Records;

namespace TextAnalysis.Tests.Dates;

/// <summary>What the date tests share: extract a text's dates (checking every span slices back) and view them.</summary>
internal static class DateTestText
{
    public static IReadOnlyList<DateRecord> Extract(string text, string? reference = null)
    {
        var records = DateExtractor.Default.Extract(new AnalyzedText(text),
            reference is null ? null : DateOnly.Parse(reference, CultureInfo.InvariantCulture));
        foreach (var r in records) Assert.Equal(text[r.Start..r.End], r.Text);
        return records;
    }

    public static List<(string Text, string? Value)> Pairs(string text, string? reference = null) =>
        Extract(text, reference).Select(r => (r.Text, r.Value)).ToList();
}
