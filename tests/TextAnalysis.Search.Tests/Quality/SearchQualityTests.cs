using Xunit.Abstractions;

namespace TextAnalysis.Search.Tests.Quality;

/// <summary>The test set evaluated once for the class: both indexes are built in memory.</summary>
public sealed class QualityFixture
{
    public QualityFixture()
    {
        Set = QualitySet.Load();
        Report = QualityEvaluation.Run(Set);
        // The measured table, for the README: bin/.../search-quality.md.
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "search-quality.md"), Report.ToMarkdown());
    }

    public QualitySet Set { get; }

    public QualityReport Report { get; }
}

public class SearchQualityTests(QualityFixture quality, ITestOutputHelper output) : IClassFixture<QualityFixture>
{
    [Fact]
    public void Quality_table_ours_vs_lucene_arabic_analyzer()
    {
        output.WriteLine(quality.Set.HasSaudiNewsNet
            ? "Index: the seed article + a SaudiNewsNet sample."
            : "Index: the seed article only (../shared/datasets/saudinewsnet not found: the SaudiNewsNet queries are left out).");
        output.WriteLine(quality.Report.ToMarkdown());
        Assert.NotEmpty(quality.Report.Rows);
    }

    [Fact]
    public void Ours_is_at_least_as_good_as_lucene_on_every_query_type()
    {
        foreach (var (type, ours, lucene) in quality.Report.Rows)
        {
            Assert.True(ours.Recall >= lucene.Recall, $"{type}: recall@10 {ours.Recall:0.000} < Lucene {lucene.Recall:0.000}");
            Assert.True(ours.Mrr >= lucene.Mrr, $"{type}: MRR {ours.Mrr:0.000} < Lucene {lucene.Mrr:0.000}");
        }
    }

    [Fact]
    public void Ours_is_strictly_better_overall()
    {
        var (ours, lucene) = (quality.Report.OursOverall, quality.Report.LuceneOverall);
        Assert.True(ours.Recall > lucene.Recall, $"recall@10 {ours.Recall:0.000} vs Lucene {lucene.Recall:0.000}");
        Assert.True(ours.Mrr > lucene.Mrr, $"MRR {ours.Mrr:0.000} vs Lucene {lucene.Mrr:0.000}");
    }

    [Fact]
    public void Variant_spellings_find_the_same_passages_as_the_canonical_query() =>
        Assert.Empty(quality.Report.OursDifferentFromCanonical);

    [Fact]
    public void Lenin_never_retrieves_a_passage_that_only_mentions_leningrad()
    {
        var lenin = quality.Set.Groups.Single(g => g.Canonical == "لينين");
        Assert.NotEmpty(lenin.Confusers);
        Assert.Equal(0, quality.Report.OursOverall.ConfuserHits);
    }

    [Fact]
    public void Every_query_group_has_relevant_passages_in_the_content_it_targets()
    {
        // Without SaudiNewsNet only the seed's groups can be judged; with it, all of them.
        var judged = quality.Set.Groups.Count(g => g.Relevant.Count > 0);
        if (quality.Set.HasSaudiNewsNet) Assert.Equal(quality.Set.Groups.Count, judged);
        else Assert.True(judged >= 8, $"only {judged} groups have relevant passages in the seed article");
    }
}
