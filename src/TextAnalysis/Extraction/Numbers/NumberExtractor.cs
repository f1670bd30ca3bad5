using TextAnalysis.Records;

namespace TextAnalysis.Extraction.Numbers;

/// <summary>Finds numbers written in digits and words. (placeholder, being built)</summary>
public sealed class NumberExtractor
{
    /// <summary>A shared instance.</summary>
    public static NumberExtractor Default { get; } = new();

    /// <summary>The number mentions of <paramref name="text"/>, in document order.</summary>
    public IReadOnlyList<NumberRecord> Extract(AnalyzedText text) => [];
}
