using Lucene.Net.Analysis;

namespace TextAnalysis.Search.Analysis;

/// <summary>The analyzer of the passage index: stemmed for every field but <see cref="IndexSchema.Exact"/>, which
/// gets normalized, unstemmed terms, and the entity word fields (<see cref="IndexSchema.EntityTermsPrefix"/>),
/// unstemmed with a gap between entities. Owns and disposes the analyzers.</summary>
public sealed class PassageFieldAnalyzer : AnalyzerWrapper
{
    private readonly ArabicSearchAnalyzer _stemmed = new(stemming: true);
    private readonly ArabicSearchAnalyzer _exact = new(stemming: false);
    private readonly ArabicSearchAnalyzer _entityTerms = new(stemming: false) { PositionGap = 100 };

    /// <summary>Creates the analyzer.</summary>
    public PassageFieldAnalyzer() : base(PER_FIELD_REUSE_STRATEGY)
    {
    }

    /// <inheritdoc />
    protected override Analyzer GetWrappedAnalyzer(string fieldName) =>
        fieldName == IndexSchema.Exact ? _exact
        : fieldName.StartsWith(IndexSchema.EntityTermsPrefix, StringComparison.Ordinal) ? _entityTerms
        : _stemmed;

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _stemmed.Dispose();
            _exact.Dispose();
            _entityTerms.Dispose();
        }
        base.Dispose(disposing);
    }
}
