using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using TextAnalysis.Normalization;
using TextAnalysis.Search.Analysis;

namespace TextAnalysis.Search;

/// <summary>
/// Lucene's classic query syntax over the stemmed text field. Wildcard, prefix and fuzzy terms skip the analyzer in
/// Lucene, so they are search-normalized here.
/// </summary>
internal sealed class ArabicQueryParser : QueryParser
{
    public ArabicQueryParser(Analyzer analyzer) : base(ArabicSearchAnalyzer.Version, IndexSchema.Text, analyzer)
    {
    }

    protected override Query GetPrefixQuery(string field, string termStr) =>
        base.GetPrefixQuery(field, ArabicNormalizer.Search.NormalizeToString(termStr));

    protected override Query GetWildcardQuery(string field, string termStr) =>
        base.GetWildcardQuery(field, ArabicNormalizer.Search.NormalizeToString(termStr));

    protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity) =>
        base.GetFuzzyQuery(field, ArabicNormalizer.Search.NormalizeToString(termStr), minSimilarity);

    /// <summary>The words of the text field a passage must or may contain for <paramref name="query"/> to match it:
    /// those of its term and phrase queries, leaving out prohibited clauses and multi-term queries (prefix, wildcard,
    /// fuzzy, range), which name no single word.</summary>
    public static void CollectWords(Query query, HashSet<string> words)
    {
        switch (query)
        {
            case TermQuery t when t.Term.Field == IndexSchema.Text:
                words.Add(t.Term.Text);
                break;
            case PhraseQuery p:
                foreach (var term in p.GetTerms())
                {
                    if (term.Field == IndexSchema.Text) words.Add(term.Text);
                }
                break;
            case MultiPhraseQuery m:
                foreach (var terms in m.GetTermArrays())
                    foreach (var term in terms)
                    {
                        if (term.Field == IndexSchema.Text) words.Add(term.Text);
                    }
                break;
            case BooleanQuery b:
                foreach (var clause in b.Clauses)
                {
                    if (clause.Occur != Occur.MUST_NOT) CollectWords(clause.Query, words);
                }
                break;
        }
    }
}
