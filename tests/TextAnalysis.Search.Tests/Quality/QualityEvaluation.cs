using System.Globalization;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Store;
using TextAnalysis.Search.Analysis;

namespace TextAnalysis.Search.Tests.Quality;

/// <summary>Recall@10, MRR and precision@10 of one analyzer on a set of queries.</summary>
public sealed record QualityScores(int Queries, double Recall, double Mrr, double Precision, int SameAsCanonical, int Variants, int ConfuserHits);

/// <summary>The measured table: per query type, ours and Lucene's ArabicAnalyzer on the same index content.</summary>
public sealed record QualityReport(
    IReadOnlyList<(string Type, QualityScores Ours, QualityScores Lucene)> Rows,
    QualityScores OursOverall, QualityScores LuceneOverall,
    IReadOnlyList<string> OursDifferentFromCanonical, int Documents, int Passages, int Groups)
{
    public string ToMarkdown()
    {
        static string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{Documents} documents, {Passages} passages, {Groups} query groups.");
        sb.AppendLine();
        sb.AppendLine("| query type | queries | recall@10 ours | recall@10 Lucene | MRR ours | MRR Lucene | P@10 ours | P@10 Lucene | same hits as canonical, ours | same hits, Lucene |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (type, o, l) in Rows.Append(("overall", OursOverall, LuceneOverall)))
        {
            string same(QualityScores s) => type == "canonical" || s.Variants == 0 ? "—" : $"{s.SameAsCanonical}/{s.Variants}";
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"| {type} | {o.Queries} | {F(o.Recall)} | {F(l.Recall)} | {F(o.Mrr)} | {F(l.Mrr)} | {F(o.Precision)} | {F(l.Precision)} | {same(o)} | {same(l)} |");
        }
        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture,
            $"Precision probe (لينين vs لينينجراد): passages that mention only لينينجراد among the top 10 of the لينين queries: ours {OursOverall.ConfuserHits}, Lucene {LuceneOverall.ConfuserHits}.");
        return sb.ToString();
    }
}

public static class QualityEvaluation
{
    public const int K = 10;
    private const int All = 100_000;

    public static QualityReport Run(QualitySet set)
    {
        var groups = set.Groups.Where(g => g.Relevant.Count > 0).ToList();
        using var oursDir = new RAMDirectory();
        using var luceneDir = new RAMDirectory();
        using var luceneAnalyzer = new ArabicAnalyzer(ArabicSearchAnalyzer.Version);
        Build(oursDir, null, set);
        Build(luceneDir, luceneAnalyzer, set);
        using var ours = new PassageSearcher(oursDir);
        using var lucene = new PassageSearcher(luceneDir, luceneAnalyzer);

        var oursRows = Score(ours, groups, out var oursDifferent);
        var luceneRows = Score(lucene, groups, out _);
        var rows = new List<(string, QualityScores, QualityScores)>();
        foreach (var type in QualitySet.Types)
        {
            var o = oursRows.Where(r => r.Type == type).ToList();
            if (o.Count == 0) continue;
            rows.Add((type, Aggregate(o), Aggregate(luceneRows.Where(r => r.Type == type).ToList())));
        }
        return new QualityReport(rows, Aggregate(oursRows), Aggregate(luceneRows), oursDifferent,
            set.Documents.Count, set.Passages.Count, groups.Count);
    }

    private static void Build(Lucene.Net.Store.Directory directory, Analyzer? analyzer, QualitySet set)
    {
        using var writer = new PassageIndexWriter(directory, analyzer);
        foreach (var (id, text) in set.Documents) writer.Index(id, text);
        writer.Commit();
    }

    private sealed record QueryScore(string Type, double Recall, double Rr, double Precision, bool? SameAsCanonical, int ConfuserHits);

    private static List<QueryScore> Score(PassageSearcher searcher, List<QualityGroup> groups, out List<string> different)
    {
        different = [];
        var scores = new List<QueryScore>();
        foreach (var group in groups)
        {
            var canonicalAll = Keys(searcher.Search(group.Canonical, All)).ToHashSet(StringComparer.Ordinal);
            foreach (var query in group.Queries)
            {
                var top = Keys(searcher.Search(query.Text, K)).ToList();
                int found = top.Count(group.Relevant.Contains);
                int first = top.FindIndex(group.Relevant.Contains);
                bool? same = null;
                if (query.Type != "canonical")
                {
                    same = Keys(searcher.Search(query.Text, All)).ToHashSet(StringComparer.Ordinal).SetEquals(canonicalAll);
                    if (same == false) different.Add($"{query.Text} ({query.Type}) vs {group.Canonical}");
                }
                scores.Add(new QueryScore(query.Type,
                    (double)found / Math.Min(K, group.Relevant.Count),
                    first < 0 ? 0 : 1.0 / (first + 1),
                    top.Count == 0 ? 0 : (double)found / top.Count,
                    same,
                    top.Count(group.Confusers.Contains)));
            }
        }
        return scores;
    }

    private static IEnumerable<string> Keys(IReadOnlyList<SearchHit> hits) => hits.Select(h => h.Id + "#" + h.Passage);

    private static QualityScores Aggregate(List<QueryScore> scores) => new(
        scores.Count,
        scores.Count == 0 ? 0 : scores.Average(s => s.Recall),
        scores.Count == 0 ? 0 : scores.Average(s => s.Rr),
        scores.Count == 0 ? 0 : scores.Average(s => s.Precision),
        scores.Count(s => s.SameAsCanonical == true),
        scores.Count(s => s.SameAsCanonical is not null),
        scores.Sum(s => s.ConfuserHits));
}
