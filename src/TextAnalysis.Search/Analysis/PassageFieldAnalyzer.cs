using Lucene.Net.Analysis;

namespace TextAnalysis.Search.Analysis;

/// <summary>The analyzer of the passage index: stemmed for every field but <see cref="IndexSchema.Exact"/>, which
/// gets normalized, unstemmed terms. (The entity words, <see cref="IndexSchema.EntityTerms"/>, come pre-analysed.)
/// Owns and disposes the analyzers.</summary>
public sealed class PassageFieldAnalyzer : AnalyzerWrapper
{
    private readonly ArabicSearchAnalyzer _stemmed = new(stemming: true);
    private readonly ArabicSearchAnalyzer _exact = new(stemming: false);

    /// <summary>Creates the analyzer.</summary>
    public PassageFieldAnalyzer() : base(PER_FIELD_REUSE_STRATEGY)
    {
    }

    /// <inheritdoc />
    protected override Analyzer GetWrappedAnalyzer(string fieldName) =>
        fieldName == IndexSchema.Exact ? _exact : _stemmed;

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _stemmed.Dispose();
            _exact.Dispose();
        }
        base.Dispose(disposing);
    }
}
