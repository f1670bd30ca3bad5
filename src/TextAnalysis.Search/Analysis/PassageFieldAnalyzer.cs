using Lucene.Net.Analysis;

namespace TextAnalysis.Search.Analysis;

/// <summary>The analyzer of the passage index: normalized and stemmed terms for the text (the entity words,
/// <see cref="IndexSchema.EntityTerms"/>, come pre-analysed). It also holds the unstemmed analysis the searcher uses
/// to prefer the query's exact forms (<see cref="PassageSearcher"/>). Owns and disposes both analyzers.</summary>
public sealed class PassageFieldAnalyzer : AnalyzerWrapper
{
    private readonly ArabicSearchAnalyzer _stemmed = new(stemming: true);

    /// <summary>Creates the analyzer.</summary>
    public PassageFieldAnalyzer() : base(PER_FIELD_REUSE_STRATEGY)
    {
    }

    /// <summary>Normalized forms without stemming: what a word is "exactly" when the searcher compares a passage's
    /// words with the query's.</summary>
    internal ArabicSearchAnalyzer Unstemmed { get; } = new(stemming: false);

    /// <inheritdoc />
    protected override Analyzer GetWrappedAnalyzer(string fieldName) => _stemmed;

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _stemmed.Dispose();
            Unstemmed.Dispose();
        }
        base.Dispose(disposing);
    }
}
