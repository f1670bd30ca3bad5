using System.Runtime.CompilerServices;
using System.Threading.Channels;
using TextAnalysis.Input;
using TextAnalysis.Records;

namespace TextAnalysis;

/// <summary>Options of a <see cref="DocumentPipeline"/> run.</summary>
public sealed record PipelineOptions
{
    /// <summary>Worker threads analysing documents (default: the machine's cores).</summary>
    public int DegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Documents in flight at once (read, queued or being analysed); bounds memory (default: 64 per worker).</summary>
    public int BoundedCapacity { get; init; } = 64 * Environment.ProcessorCount;

    /// <summary>True (default): results come out in input order; false: as soon as each is done.</summary>
    public bool PreserveOrder { get; init; } = true;

    /// <summary>Called on the worker thread right after a document has been analysed, before its result is passed
    /// on: work that can run in parallel with the analysis of other documents (e.g. adding the document to a
    /// thread-safe index writer) goes here, so that it uses every core too. Calls come in no particular order. Not
    /// called for documents that could not be read or analysed. An exception it throws turns the document's result
    /// into an error record.</summary>
    public Action<DocumentResult>? OnAnalyzed { get; init; }

    /// <summary>Called on each worker thread once it has no more documents (the input ended, or the run stopped),
    /// before the run ends: work left over from <see cref="OnAnalyzed"/> that is best done on the workers, in
    /// parallel, rather than by the consumer afterwards (e.g. writing out what an index writer buffered for the
    /// thread). An exception it throws fails the run.</summary>
    public Action? OnWorkerFinished { get; init; }
}

/// <summary>Progress of a pipeline run, reported after each document.</summary>
/// <param name="Documents">Documents finished so far.</param>
/// <param name="Failed">Of those, how many could not be processed.</param>
/// <param name="Characters">Characters of text analysed so far.</param>
public readonly record struct PipelineProgress(long Documents, long Failed, long Characters);

/// <summary>One document's result: the input it came from and its record (an error record when it failed).</summary>
/// <param name="Document">The input document.</param>
/// <param name="Record">Its extraction record.</param>
public sealed record DocumentResult(SourceDocument Document, DocumentRecord Record)
{
    /// <summary>The document's position in the input, from 0 (results may come out of order, and
    /// <see cref="PipelineOptions.OnAnalyzed"/> sees them as they finish).</summary>
    public long Position { get; init; }
}

/// <summary>
/// Streams documents through a <see cref="TextAnalyzer"/> on several threads with bounded queues, so memory stays
/// flat however many documents come in: a reader feeds a bounded channel, workers analyse, and results come back in
/// input order (or as they finish). Every input document yields exactly one result; a failure becomes an error
/// record. Cancellation stops reading and ends the stream after the results already finished.
/// </summary>
public static class DocumentPipeline
{
    /// <summary>Analyses <paramref name="documents"/> and streams their results.</summary>
    public static async IAsyncEnumerable<DocumentResult> RunAsync(
        IEnumerable<SourceDocument> documents,
        TextAnalyzer analyzer,
        PipelineOptions? options = null,
        IProgress<PipelineProgress>? progress = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(analyzer);
        options ??= new PipelineOptions();
        int workers = Math.Max(1, options.DegreeOfParallelism);
        int capacity = Math.Max(workers, options.BoundedCapacity);

        // Work items carry a completion source; the ordered channel holds the same tasks in input order.
        var work = Channel.CreateBounded<(SourceDocument Doc, long Position, TaskCompletionSource<DocumentResult> Done)>(
            new BoundedChannelOptions(capacity) { SingleWriter = true });
        var ordered = Channel.CreateBounded<Task<DocumentResult>>(new BoundedChannelOptions(capacity) { SingleWriter = true, SingleReader = true });
        var unordered = Channel.CreateUnbounded<DocumentResult>(new UnboundedChannelOptions { SingleReader = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = stop.Token;

        var reader = Task.Run(async () =>
        {
            try
            {
                long position = 0;
                foreach (var doc in documents)
                {
                    if (token.IsCancellationRequested) break;
                    var done = new TaskCompletionSource<DocumentResult>(TaskCreationOptions.RunContinuationsAsynchronously);
                    await work.Writer.WriteAsync((doc, position++, done), token).ConfigureAwait(false);
                    if (options.PreserveOrder) await ordered.Writer.WriteAsync(done.Task, token).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException)
            {
            }
            finally
            {
                work.Writer.TryComplete();
                ordered.Writer.TryComplete();
            }
        }, CancellationToken.None);

        var counter = new ProgressCounter(progress);
        var onAnalyzed = options.OnAnalyzed;
        var analysers = Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            await foreach (var (doc, position, done) in work.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
            {
                var result = Process(doc, position, analyzer, onAnalyzed);
                counter.Count(result);
                done.SetResult(result);
                if (!options.PreserveOrder) unordered.Writer.TryWrite(result);
            }
            options.OnWorkerFinished?.Invoke();
        }, CancellationToken.None)).ToArray();
        var allDone = Task.WhenAll(analysers);
        _ = allDone.ContinueWith(_ => unordered.Writer.TryComplete(), TaskScheduler.Default);

        try
        {
            if (options.PreserveOrder)
            {
                await foreach (var task in ordered.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
                    yield return await task.ConfigureAwait(false);
            }
            else
            {
                await foreach (var result in unordered.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
                    yield return result;
            }
        }
        finally
        {
            // Leaving early (a consumer that stops, or cancellation): stop reading and let the workers drain.
            await stop.CancelAsync().ConfigureAwait(false);
            await reader.ConfigureAwait(false);
            await allDone.ConfigureAwait(false);
        }
    }

    /// <summary>The blocking form of <see cref="RunAsync"/>, with the same results, order, progress and cancellation.
    /// It runs its own worker threads, which take documents from <paramref name="documents"/> (one at a time, under a
    /// lock) and hand results to the consumer without spinning: on a machine with few cores the consumer's wait does
    /// not compete with the workers for CPU. Leaving the loop early stops the workers.</summary>
    public static IEnumerable<DocumentResult> Run(
        IEnumerable<SourceDocument> documents, TextAnalyzer analyzer, PipelineOptions? options = null,
        IProgress<PipelineProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(analyzer);
        return RunBlocking(documents, analyzer, options ?? new PipelineOptions(), progress, cancellationToken);
    }

    private static IEnumerable<DocumentResult> RunBlocking(
        IEnumerable<SourceDocument> documents, TextAnalyzer analyzer, PipelineOptions options,
        IProgress<PipelineProgress>? progress, CancellationToken cancellationToken)
    {
        using var run = new BlockingRun(documents, analyzer, options, progress, cancellationToken);
        while (run.Take() is { } result) yield return result;
    }

    /// <summary>Analyses one document; a document that could not be read, or whose analysis fails, gets an error record.</summary>
    public static DocumentRecord Analyze(SourceDocument document, TextAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(analyzer);
        if (document.Text is null) return DocumentRecord.Failed(document.Id, document.Source, document.Error ?? "could not be read");
        try
        {
            // The analyzer's own reference date wins; otherwise the date the document states about itself.
            return analyzer.Analyze(document.Text, document.Id, document.Source, analyzer.ReferenceDate ?? document.ReferenceDate);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return DocumentRecord.Failed(document.Id, document.Source, $"analysis failed: {e.GetType().Name}: {e.Message}");
        }
    }

    // Analyses one document and runs the options' OnAnalyzed on it.
    internal static DocumentResult Process(SourceDocument document, long position, TextAnalyzer analyzer, Action<DocumentResult>? onAnalyzed)
    {
        var result = new DocumentResult(document, Analyze(document, analyzer)) { Position = position };
        return onAnalyzed is null || result.Record.Error is not null ? result : AfterAnalysis(result, onAnalyzed);
    }

    private static DocumentResult AfterAnalysis(DocumentResult result, Action<DocumentResult> onAnalyzed)
    {
        try
        {
            onAnalyzed(result);
            return result;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var doc = result.Document;
            return result with { Record = DocumentRecord.Failed(doc.Id, doc.Source, $"failed after analysis: {e.GetType().Name}: {e.Message}") };
        }
    }
}

/// <summary>Counts finished documents, failures and characters across worker threads and reports each step.</summary>
internal sealed class ProgressCounter(IProgress<PipelineProgress>? progress)
{
    private long _finished, _failed, _characters;

    public void Count(DocumentResult result)
    {
        if (result.Record.Error is not null) Interlocked.Increment(ref _failed);
        Interlocked.Add(ref _characters, result.Document.Text?.Length ?? 0);
        long n = Interlocked.Increment(ref _finished);
        progress?.Report(new PipelineProgress(n, Interlocked.Read(ref _failed), Interlocked.Read(ref _characters)));
    }
}
