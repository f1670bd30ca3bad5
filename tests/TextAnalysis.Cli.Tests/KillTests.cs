using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Xunit.Abstractions;

namespace TextAnalysis.Cli.Tests;

/// <summary>A child process indexing SaudiNewsNet is killed at a random moment, several times: each time the index
/// opens, passes Lucene's CheckIndex, and holds the documents of its last commit (as the child reported them).</summary>
public sealed class KillTests(ITestOutputHelper output) : IDisposable
{
    private const int CommitEvery = 100;
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string? Dataset()
    {
        string path = Path.GetFullPath(Path.Combine(Repo.Root, "..", "shared", "datasets", "saudinewsnet"));
        return System.IO.Directory.Exists(path) ? path : null;
    }

    [Fact]
    public void Killed_indexer_leaves_a_clean_index_holding_its_last_commit()
    {
        string? dataset = Dataset();
        if (dataset is null)
        {
            Assert.True(Environment.GetEnvironmentVariable("CI") is null or "" or "0" or "false", "CI must have ../shared/datasets/saudinewsnet beside the clone");
            output.WriteLine("skipped: ../shared/datasets/saudinewsnet is not here");
            return;
        }
        var random = new Random(20261125);
        string[] days = [Path.Combine(dataset, "2015-07-23.zip"), Path.Combine(dataset, "2015-08-01.zip")];
        // A document with no non-empty line has no passage in the index: count, for each prefix of the input, the
        // documents that do.
        var withPassages = new List<int> { 0 };
        foreach (var doc in TextAnalysis.Input.DocumentSource.FromPaths(days).Where(d => d.Text is not null))
            withPassages.Add(withPassages[^1] + (TextAnalysis.Tokenization.PassageSplitter.Split(doc.Text!).Count > 0 ? 1 : 0));
        for (int round = 0; round < 3; round++)
        {
            string index = _dir.File("index-" + round);
            int lastCommitted = IndexAndKill(days, index, TimeSpan.FromMilliseconds(random.Next(200, 2500)));
            using var directory = FSDirectory.Open(index);
            var status = new CheckIndex(directory).DoCheckIndex();
            Assert.True(status.Clean, $"round {round}: CheckIndex found problems");
            using var reader = DirectoryReader.Open(directory);
            int documents = DistinctIds(reader);
            output.WriteLine($"round {round}: last reported commit {lastCommitted}, index holds {documents} documents, {reader.NumDocs} passages");
            // The child prints after each commit, so the kill may fall between a commit and its line: one batch more.
            int expected = withPassages[lastCommitted], oneMore = withPassages[Math.Min(lastCommitted + CommitEvery, withPassages.Count - 1)];
            Assert.True(documents == expected || documents == oneMore,
                $"round {round}: index holds {documents} documents, the last reported commit ({lastCommitted} indexed) holds {expected}");
        }
    }

    // Starts the host indexing the days, waits for its first commit and then the given delay, kills it, and
    // returns the document count of the last commit it reported.
    private static int IndexAndKill(string[] days, string index, TimeSpan afterFirstCommit)
    {
        string host = Path.Combine(AppContext.BaseDirectory, "TextAnalysis.Cli.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { host, "index", days[0], days[1], "--index", index, "--commit-every", CommitEvery.ToString(System.Globalization.CultureInfo.InvariantCulture), "--verbose" })
            start.ArgumentList.Add(a);
        using var child = Process.Start(start)!;
        child.ErrorDataReceived += (_, _) => { };
        child.BeginErrorReadLine();
        int last = 0;
        var firstCommit = new ManualResetEventSlim();
        child.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line && line.StartsWith("committed ", StringComparison.Ordinal))
            {
                Volatile.Write(ref last, int.Parse(line.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture));
                firstCommit.Set();
            }
        };
        child.BeginOutputReadLine();
        Assert.True(firstCommit.Wait(TimeSpan.FromSeconds(120)), "the indexer never committed");
        Thread.Sleep(afterFirstCommit);
        Assert.False(child.HasExited, "the indexer finished before it could be killed");
        child.Kill(entireProcessTree: true);
        child.WaitForExit();
        return Volatile.Read(ref last);
    }

    private static int DistinctIds(IndexReader reader)
    {
        var terms = MultiFields.GetTerms(reader, "id");
        if (terms is null) return 0;
        var live = MultiFields.GetLiveDocs(reader);
        var e = terms.GetEnumerator();
        DocsEnum? docs = null;
        int n = 0;
        while (e.MoveNext())
        {
            docs = e.Docs(live, docs, DocsFlags.NONE);
            if (docs.NextDoc() != Lucene.Net.Search.DocIdSetIterator.NO_MORE_DOCS) n++;
        }
        return n;
    }
}
