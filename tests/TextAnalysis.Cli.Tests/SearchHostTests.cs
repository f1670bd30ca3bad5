using System.Text.Json;

namespace TextAnalysis.Cli.Tests;

public sealed class SearchHostTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private string IndexSeed()
    {
        string index = _dir.File("index");
        var run = HostRun.Of("index", Repo.SeedPath, "--index", index);
        Assert.Equal(0, run.ExitCode);
        return index;
    }

    private static string Passage(int number) =>
        TextAnalysis.Tokenization.PassageSplitter.Split(File.ReadAllText(Repo.SeedPath)) is var ps
            ? File.ReadAllText(Repo.SeedPath)[ps[number].Start..ps[number].End]
            : "";

    [Fact]
    public void Search_for_lenin_finds_his_passages_and_not_leningrad_alone()
    {
        string index = IndexSeed();
        var run = HostRun.Of("search", "لينين", "--index", index, "--json", "--top", "50");
        Assert.Equal(0, run.ExitCode);
        var hits = run.OutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.NotEmpty(hits);
        foreach (var hit in hits)
        {
            Assert.Equal(Repo.SeedPath, hit.GetProperty("id").GetString());
            string passage = Passage(hit.GetProperty("passage").GetInt32());
            string withoutLeningrad = passage.Replace("لينينجراد", "", StringComparison.Ordinal);
            Assert.Contains("لينين", withoutLeningrad);
            Assert.Contains("<mark>", hit.GetProperty("snippet").GetString());
        }
        // Every passage that names Lenin himself is found.
        string text = File.ReadAllText(Repo.SeedPath);
        var expected = TextAnalysis.Tokenization.PassageSplitter.Split(text)
            .Where(p => text[p.Start..p.End].Replace("لينينجراد", "", StringComparison.Ordinal).Contains("لينين", StringComparison.Ordinal))
            .Select(p => p.Index).Order();
        Assert.Equal(expected, hits.Select(h => h.GetProperty("passage").GetInt32()).Order());
    }

    [Fact]
    public void Indexing_the_same_document_again_replaces_it()
    {
        string index = IndexSeed();
        int first = HostRun.Of("search", "لينين", "--index", index, "--json", "--top", "50").OutLines.Length;
        IndexSeed();
        int second = HostRun.Of("search", "لينين", "--index", index, "--json", "--top", "50").OutLines.Length;
        Assert.Equal(first, second);
    }

    [Fact]
    public void Batch_queries_give_one_object_per_query_in_order()
    {
        string index = IndexSeed();
        string queries = _dir.File("q.txt");
        File.WriteAllText(queries, "لينين\n\nموسكو\n");
        var run = HostRun.Of("search", "--queries", queries, "--index", index, "--top", "3");
        Assert.Equal(0, run.ExitCode);
        var results = run.OutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal([1, 3], results.Select(r => r.GetProperty("line").GetInt32()));
        Assert.Equal("موسكو", results[1].GetProperty("query").GetString());
        Assert.InRange(results[1].GetProperty("hits").GetArrayLength(), 1, 3);
    }

    [Fact]
    public void Search_on_a_missing_index_fails_with_exit_1()
    {
        var run = HostRun.Of("search", "لينين", "--index", _dir.File("nothing-here"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no index", run.Error);
    }

    [Fact]
    public void Main_job_prints_a_summary_and_a_sample_search()
    {
        var run = HostRun.Of("--out-dir", _dir.File("main"));
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("documents", run.Out);
        Assert.Contains("entities", run.Out);
        Assert.Contains("Sample search", run.Out);
        Assert.True(File.Exists(_dir.File("main/records.jsonl")));
        Assert.DoesNotContain("no hits", run.Out);
    }
}
