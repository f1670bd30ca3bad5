using Lucene.Net.Analysis;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using TextAnalysis.Normalization;
using TextAnalysis.Search.Analysis;

namespace TextAnalysis.Search;

/// <summary>
/// Lucene's classic query syntax over the stemmed text field and the unstemmed exact field (an exact form scores a
/// little higher). Wildcard, prefix and fuzzy terms skip the analyzer in Lucene, so they are search-normalized here.
/// </summary>
internal sealed class ArabicQueryParser : MultiFieldQueryParser
{
    private static readonly string[] Fields = [IndexSchema.Text, IndexSchema.Exact];
    private static readonly Dictionary<string, float> Boosts = new() { [IndexSchema.Text] = 1f, [IndexSchema.Exact] = 0.5f };

    public ArabicQueryParser(Analyzer analyzer) : base(ArabicSearchAnalyzer.Version, Fields, analyzer, Boosts)
    {
    }

    protected override Query GetPrefixQuery(string field, string termStr) =>
        base.GetPrefixQuery(field, ArabicNormalizer.Search.NormalizeToString(termStr));

    protected override Query GetWildcardQuery(string field, string termStr) =>
        base.GetWildcardQuery(field, ArabicNormalizer.Search.NormalizeToString(termStr));

    protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity) =>
        base.GetFuzzyQuery(field, ArabicNormalizer.Search.NormalizeToString(termStr), minSimilarity);
}
