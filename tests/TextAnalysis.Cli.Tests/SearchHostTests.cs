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

    private static List<JsonElement> Json(HostRun run) => run.OutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();

    [Fact]
    public void Person_filter_keeps_only_passages_naming_that_person()
    {
        string index = IndexSeed();
        var all = Json(HostRun.Of("search", "الثورة", "--index", index, "--json", "--top", "100"));
        var run = HostRun.Of("search", "الثورة", "--index", index, "--json", "--top", "100", "--person", "لينين");
        Assert.Equal(0, run.ExitCode);
        var hits = Json(run);
        Assert.NotEmpty(hits);
        Assert.True(hits.Count < all.Count);
        foreach (var hit in hits)
            Assert.Contains("لينين", Passage(hit.GetProperty("passage").GetInt32()).Replace("لينينجراد", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Date_filter_without_a_query_lists_passages_with_a_date_in_range()
    {
        string index = IndexSeed();
        var run = HostRun.Of("search", "--index", index, "--json", "--top", "100", "--from", "1905-01", "--to", "1905-01");
        Assert.Equal(0, run.ExitCode);
        var hits = Json(run);
        Assert.NotEmpty(hits);
        foreach (var hit in hits) Assert.Contains("يناير", Passage(hit.GetProperty("passage").GetInt32()));
    }

    [Fact]
    public void Facets_with_json_add_one_last_object_with_the_counts()
    {
        string index = IndexSeed();
        var lines = Json(HostRun.Of("search", "الثورة", "--index", index, "--json", "--top", "2", "--facets"));
        Assert.Equal(3, lines.Count);
        Assert.True(lines[0].TryGetProperty("snippet", out _));
        var facets = lines[2].GetProperty("facets");
        Assert.True(lines[2].GetProperty("total").GetInt32() > 2);
        Assert.Contains(facets.GetProperty("year").EnumerateArray(), y => y.GetProperty("value").GetString() == "1905");
        Assert.Contains(facets.GetProperty("PERSON").EnumerateArray(), p => p.GetProperty("value").GetString() == "لينين");
    }

    [Fact]
    public void Batch_queries_carry_the_filters_and_facets()
    {
        string index = IndexSeed();
        string queries = _dir.File("q.txt");
        File.WriteAllText(queries, "الثورة\n");
        var result = Assert.Single(Json(HostRun.Of("search", "--queries", queries, "--index", index, "--person", "لينين", "--facets")));
        Assert.True(result.GetProperty("hits").GetArrayLength() > 0);
        Assert.Equal("لينين", result.GetProperty("facets").GetProperty("PERSON")[0].GetProperty("value").GetString());
    }

    [Theory]
    [InlineData("--from", "1905/01")]
    [InlineData("--to", "January")]
    public void Malformed_date_bound_is_a_usage_error(string option, string value)
    {
        var run = HostRun.Of("search", "الثورة", "--index", _dir.File("index"), option, value);
        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public void Delete_removes_a_document_and_reports_an_unknown_id()
    {
        string index = IndexSeed();
        var run = HostRun.Of("index", "--index", index, "--delete", Repo.SeedPath);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("no hits", HostRun.Of("search", "لينين", "--index", index).Out.Trim());
        var again = HostRun.Of("index", "--index", index, "--delete", Repo.SeedPath);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("not in the index", again.Error);
    }

    [Fact]
    public void Killing_the_indexer_leaves_the_last_commit_readable()
    {
        // Many small documents, a commit every 20: kill the child process once the first commits are on disk.
        string lines = _dir.File("lines.txt");
        string paragraph = File.ReadAllText(Repo.SeedPath).Split('\n', StringSplitOptions.RemoveEmptyEntries)[14];
        File.WriteAllLines(lines, Enumerable.Repeat(paragraph, 5000));
        string index = _dir.File("killed");
        string host = Path.Combine(AppContext.BaseDirectory, "TextAnalysis.Cli.dll");
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { host, "index", "--lines", lines, "--index", index, "--commit-every", "20" }) start.ArgumentList.Add(a);
        using (var child = System.Diagnostics.Process.Start(start)!)
        {
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (!child.HasExited && DateTime.UtcNow < deadline
                && (!Directory.Exists(index) || Directory.GetFiles(index, "segments_*").Length == 0 || !HasCommitBeyondFirst(index)))
                Thread.Sleep(20);
            Assert.False(child.HasExited, "the indexer finished before it could be killed");
            child.Kill(entireProcessTree: true);
            child.WaitForExit();
        }
        var run = HostRun.Of("search", "يناير", "--index", index, "--json", "--top", "10000");
        Assert.Equal(0, run.ExitCode);
        var ids = run.OutLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).ToList();
        Assert.NotEmpty(ids);
        Assert.True(ids.Count < 5000);
        // Commits come every 20 documents: what survived is a whole number of batches.
        Assert.Equal(0, ids.Count % 20);
        // The lock died with the process: indexing can go on.
        Assert.Equal(0, HostRun.Of("index", Repo.SeedPath, "--index", index).ExitCode);
    }

    private static bool HasCommitBeyondFirst(string index) =>
        Directory.GetFiles(index, "segments_*").Any(f => !f.EndsWith("segments_1", StringComparison.Ordinal));
}

public sealed class ShardTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Shards_built_apart_merge_into_one_index_and_their_ids_replace_old_ones()
    {
        string a = _dir.File("a.txt"), b = _dir.File("b.txt");
        File.WriteAllText(a, "وصل الوفد إلى موسكو");
        File.WriteAllText(b, "وصل الوفد إلى باريس");
        string shard1 = _dir.File("shard1"), shard2 = _dir.File("shard2"), main = _dir.File("main");
        Assert.Equal(0, HostRun.Of("index", a, "--index", shard1).ExitCode);
        Assert.Equal(0, HostRun.Of("index", b, "--index", shard2).ExitCode);
        // The main index has an older version of a.txt: the shard's replaces it.
        File.WriteAllText(a, "نص قديم عن لندن");
        Assert.Equal(0, HostRun.Of("index", a, "--index", main).ExitCode);
        var run = HostRun.Of("index", "--index", main, "--merge", shard1, "--merge", shard2);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("merged 2 shard(s)", run.Out);
        Assert.Single(HostRun.Of("search", "موسكو", "--index", main, "--json").OutLines);
        Assert.Single(HostRun.Of("search", "باريس", "--index", main, "--json").OutLines);
        Assert.Equal("no hits", HostRun.Of("search", "لندن", "--index", main).Out.Trim());
    }

    [Fact]
    public void Merging_a_folder_that_is_no_index_fails_with_exit_1()
    {
        var run = HostRun.Of("index", "--index", _dir.File("main"), "--merge", _dir.File("nothing"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("No search index", run.Error);
    }
}
