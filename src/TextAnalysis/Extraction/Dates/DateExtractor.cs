using TextAnalysis.Records;

namespace TextAnalysis.Extraction.Dates;

/// <summary>Finds date expressions and resolves them to Gregorian ISO partial dates. (placeholder, being built)</summary>
public sealed class DateExtractor
{
    /// <summary>A shared instance.</summary>
    public static DateExtractor Default { get; } = new();

    /// <summary>The date mentions of <paramref name="text"/>, in document order.</summary>
    public IReadOnlyList<DateRecord> Extract(AnalyzedText text, DateOnly? referenceDate = null) => [];
}
