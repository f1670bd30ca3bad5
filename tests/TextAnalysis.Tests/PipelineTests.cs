using TextAnalysis.Input;
using TextAnalysis.Records;

namespace TextAnalysis.Tests;

public class DocumentPipelineTests
{
    private static List<SourceDocument> Documents(int count) =>
        Enumerable.Range(1, count).Select(i => i % 7 == 0
            ? SourceDocument.Failed($"d{i}", $"d{i}", "unreadable")
            : SourceDocument.Read($"d{i}", $"d{i}", $"في {i % 28 + 1} يناير {1900 + i % 100} وصل {i} ألف عامل إلى موسكو.")).ToList();

    [Fact]
    public void Every_document_yields_one_result_in_input_order()
    {
        var docs = Documents(500);
        var results = DocumentPipeline.Run(docs, TextAnalyzer.Default, new PipelineOptions { DegreeOfParallelism = 4, BoundedCapacity = 8 }).ToList();
        Assert.Equal(docs.Select(d => d.Id), results.Select(r => r.Record.Id));
        Assert.All(results.Where((_, i) => (i + 1) % 7 == 0), r => Assert.Equal("unreadable", r.Record.Error));
    }

    [Fact]
    public void Unordered_mode_yields_every_document_once()
    {
        var docs = Documents(300);
        var results = DocumentPipeline.Run(docs, TextAnalyzer.Default, new PipelineOptions { PreserveOrder = false, DegreeOfParallelism = 3 }).ToList();
        Assert.Equal(docs.Select(d => d.Id).Order(), results.Select(r => r.Record.Id).Order());
    }

    [Fact]
    public void Many_threads_give_the_same_records_as_one()
    {
        var docs = Documents(200);
        string Serialize(IEnumerable<DocumentResult> rs) => string.Join("\n", rs.Select(r => RecordJson.Serialize(r.Record)));
        string parallel = Serialize(DocumentPipeline.Run(docs, TextAnalyzer.Default, new PipelineOptions { DegreeOfParallelism = 8 }));
        string single = string.Join("\n", docs.Select(d => RecordJson.Serialize(DocumentPipeline.Analyze(d, TextAnalyzer.Default))));
        Assert.Equal(single, parallel);
    }

    [Fact]
    public void Cancellation_ends_the_stream_with_whole_results_only()
    {
        using var cancel = new CancellationTokenSource();
        var results = new List<DocumentResult>();
        foreach (var r in DocumentPipeline.Run(InfiniteDocuments(), TextAnalyzer.Default, new PipelineOptions { BoundedCapacity = 16 }, null, cancel.Token))
        {
            results.Add(r);
            if (results.Count == 50) cancel.Cancel();
        }
        Assert.InRange(results.Count, 50, 50 + 64);
        Assert.Equal(results.Select((_, i) => $"d{i}"), results.Select(r => r.Record.Id));
    }

    [Fact]
    public void A_consumer_that_stops_early_does_not_hang()
    {
        var first = DocumentPipeline.Run(InfiniteDocuments(), TextAnalyzer.Default).Take(10).ToList();
        Assert.Equal(10, first.Count);
    }

    [Fact]
    public void Progress_counts_every_document()
    {
        var seen = new List<PipelineProgress>();
        var progress = new SyncProgress(seen);
        _ = DocumentPipeline.Run(Documents(70), TextAnalyzer.Default, new PipelineOptions { DegreeOfParallelism = 2 }, progress).ToList();
        lock (seen)
        {
            Assert.Equal(70, seen.Max(p => p.Documents));
            Assert.Equal(10, seen.Max(p => p.Failed));
        }
    }

    [Fact]
    public void OnAnalyzed_sees_each_analysed_document_once_with_its_input_position()
    {
        var docs = Documents(200);
        var seen = new System.Collections.Concurrent.ConcurrentBag<(long Position, string Id)>();
        var results = DocumentPipeline.Run(docs, TextAnalyzer.Default, new PipelineOptions
        {
            DegreeOfParallelism = 3,
            OnAnalyzed = r => seen.Add((r.Position, r.Document.Id)),
        }).ToList();
        Assert.Equal(Enumerable.Range(0, 200).Select(i => (long)i), results.Select(r => r.Position));
        // Unreadable documents (every 7th) are not passed on; the others exactly once, with their position.
        var expected = docs.Select((d, i) => (Position: (long)i, d.Id, d.Text)).Where(d => d.Text is not null).Select(d => (d.Position, d.Id));
        Assert.Equal(expected, seen.OrderBy(p => p.Position));
    }

    [Fact]
    public void OnWorkerFinished_runs_once_on_each_worker_thread_after_its_documents_and_before_the_run_ends()
    {
        var analysedOn = new System.Collections.Concurrent.ConcurrentDictionary<int, int>();
        var finishedOn = new System.Collections.Concurrent.ConcurrentBag<(int Thread, int AnalysedBefore)>();
        var results = DocumentPipeline.Run(Documents(100), TextAnalyzer.Default, new PipelineOptions
        {
            DegreeOfParallelism = 3,
            OnAnalyzed = _ => analysedOn.AddOrUpdate(Environment.CurrentManagedThreadId, 1, (_, n) => n + 1),
            OnWorkerFinished = () =>
            {
                finishedOn.Add((Environment.CurrentManagedThreadId, analysedOn.GetValueOrDefault(Environment.CurrentManagedThreadId)));
            },
        }).ToList();
        Assert.Equal(100, results.Count);
        // Every worker once, when the run's enumeration has ended; each after all the documents it analysed.
        Assert.Equal(3, finishedOn.Count);
        Assert.Equal(3, finishedOn.Select(f => f.Thread).Distinct().Count());
        foreach (var (thread, before) in finishedOn) Assert.Equal(analysedOn.GetValueOrDefault(thread), before);
        Assert.Equal(analysedOn.Values.Sum(), finishedOn.Sum(f => f.AnalysedBefore));
    }

    [Fact]
    public async Task OnWorkerFinished_runs_on_each_worker_of_the_async_run_too()
    {
        int finished = 0, seen = 0;
        var options = new PipelineOptions { DegreeOfParallelism = 2, OnWorkerFinished = () => Interlocked.Increment(ref finished) };
        await foreach (var _ in DocumentPipeline.RunAsync(Documents(40), TextAnalyzer.Default, options)) seen++;
        Assert.Equal(40, seen);
        Assert.Equal(2, finished);
    }

    [Fact]
    public void An_OnAnalyzed_failure_becomes_the_documents_error_record()
    {
        var docs = Documents(20);
        var results = DocumentPipeline.Run(docs, TextAnalyzer.Default, new PipelineOptions
        {
            OnAnalyzed = r => { if (r.Document.Id == "d5") throw new InvalidOperationException("disk full"); },
        }).ToList();
        Assert.Equal(docs.Select(d => d.Id), results.Select(r => r.Record.Id));
        Assert.Contains("disk full", results[4].Record.Error);
        Assert.Null(results[3].Record.Error);
        Assert.True(results[4].Record.Dates is null or { Count: 0 });
    }

    [Fact]
    public void A_failing_input_ends_the_stream_with_its_error_after_the_documents_before_it()
    {
        var taken = new List<string>();
        var e = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var r in DocumentPipeline.Run(FailingAfter(30), TextAnalyzer.Default, new PipelineOptions { DegreeOfParallelism = 2 }))
                taken.Add(r.Record.Id);
        });
        Assert.IsType<IOException>(e.InnerException);
        Assert.Equal(Enumerable.Range(0, 30).Select(i => $"d{i}"), taken);
    }

    private static IEnumerable<SourceDocument> FailingAfter(int count)
    {
        for (int i = 0; i < count; i++) yield return SourceDocument.Read($"d{i}", $"d{i}", "في 22 يناير 1905 أضرب 150 ألف عامل.");
        throw new IOException("the disk went away");
    }

    private static IEnumerable<SourceDocument> InfiniteDocuments()
    {
        for (int i = 0; ; i++) yield return SourceDocument.Read($"d{i}", $"d{i}", "في 22 يناير 1905 أضرب 150 ألف عامل.");
    }

    private sealed class SyncProgress(List<PipelineProgress> seen) : IProgress<PipelineProgress>
    {
        public void Report(PipelineProgress value)
        {
            lock (seen) seen.Add(value);
        }
    }
}

public class ResolutionTests
{
    [Fact]
    public void Numbers_inside_dates_are_dropped_and_others_kept()
    {
        var record = TextAnalyzer.Default.Analyze("في 22 يناير 1905 أضرب 150 ألف عامل.", "d");
        Assert.DoesNotContain(record.Numbers!, n => n.Text.Contains("1905", StringComparison.Ordinal) || n.Text == "22");
        Assert.Contains(record.Numbers!, n => n.Value == 150000);
    }

    [Fact]
    public void A_range_end_is_linked_only_while_its_partner_is_a_number()
    {
        var record = TextAnalyzer.Default.Analyze("ارتفع عدد العمال من 10 إلى 20 ألفاً.", "d");
        var ends = record.Numbers!.Where(n => n.Range is not null).ToList();
        Assert.True(ends.Count is 0 or 2);
        if (ends.Count == 2) Assert.Equal(["start", "end"], ends.Select(n => n.Range));
    }
}

public class EntityIdTests
{
    [Fact]
    public void Mentions_of_one_entity_share_an_id_and_others_do_not()
    {
        var record = TextAnalyzer.Default.Analyze("زار فلاديمير لينين موسكو. ثم عاد لينين إلى موسكو وبعدها إلى لندن.", "d");
        string? Id(string text, int nth = 0) => record.Entities!.Where(e => e.Text == text).ElementAt(nth).Entity;
        Assert.Equal(Id("موسكو"), Id("موسكو", 1));
        Assert.Equal(Id("فلاديمير لينين"), Id("لينين"));
        Assert.NotEqual(Id("موسكو"), Id("لندن"));
        Assert.All(record.Entities!, e => Assert.StartsWith("e", e.Entity));
    }
}
