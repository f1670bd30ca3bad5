using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using TextAnalysis.Normalization;
using TextAnalysis.Search.Analysis;
using TextAnalysis.Stemming;

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

    // The text field holds stems, so a prefix as written (الثور*) would miss الثورة (stem ثوره): the prefix also
    // matches stems that begin with it without its proclitics (ثور*), or that begin with its own stem (ثورات* → ثوره*, the stem of الثورة and الثورات).
    protected override Query GetPrefixQuery(string field, string termStr)
    {
        string prefix = ArabicNormalizer.Search.NormalizeToString(termStr);
        var variants = new List<string> { prefix };
        int article = ArticleEnd(prefix);
        if (article > 0 && prefix.Length - article >= MinPrefix) variants.Add(prefix[article..]);
        string stem = LightStemmer.Stem(prefix);
        if (stem.Length >= MinPrefix) variants.Add(stem);
        var distinct = variants.Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count == 1) return base.GetPrefixQuery(field, prefix);
        var any = new BooleanQuery(disableCoord: true);
        foreach (var v in distinct) any.Add(base.GetPrefixQuery(field, v), Occur.SHOULD);
        return any;
    }

    // Where the article and the letters before it end, in a prefix that has one: [و|ف][ب|ك|ل]ال or [و|ف]لل (ل + the
    // article without its alef); 0 otherwise. Only the article marks those letters as clitics in a prefix of a few letters.
    private static int ArticleEnd(string p)
    {
        int k = p.Length > 0 && p[0] is 'و' or 'ف' ? 1 : 0;
        if (p.Length > k + 1 && p[k] == 'ل' && p[k + 1] == 'ل') return k + 2;
        if (p.Length > k && p[k] is 'ب' or 'ك' or 'ل') k++;
        return p.Length > k + 1 && p[k] == 'ا' && p[k + 1] == 'ل' ? k + 2 : 0;
    }

    // At least one letter must remain (الث* → ث*: definite words beginning with ث are among the stems beginning with it).
    private const int MinPrefix = 1;

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
