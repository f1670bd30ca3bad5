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
}

/// <summary>Progress of a pipeline run, reported after each document.</summary>
/// <param name="Documents">Documents finished so far.</param>
/// <param name="Failed">Of those, how many could not be processed.</param>
/// <param name="Characters">Characters of text analysed so far.</param>
public readonly record struct PipelineProgress(long Documents, long Failed, long Characters);

/// <summary>One document's result: the input it came from and its record (an error record when it failed).</summary>
/// <param name="Document">The input document.</param>
/// <param name="Record">Its extraction record.</param>
public sealed record DocumentResult(SourceDocument Document, DocumentRecord Record);

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
        var work = Channel.CreateBounded<(SourceDocument Doc, TaskCompletionSource<DocumentResult> Done)>(
            new BoundedChannelOptions(capacity) { SingleWriter = true });
        var ordered = Channel.CreateBounded<Task<DocumentResult>>(new BoundedChannelOptions(capacity) { SingleWriter = true, SingleReader = true });
        var unordered = Channel.CreateUnbounded<DocumentResult>(new UnboundedChannelOptions { SingleReader = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = stop.Token;

        var reader = Task.Run(async () =>
        {
            try
            {
                foreach (var doc in documents)
                {
                    if (token.IsCancellationRequested) break;
                    var done = new TaskCompletionSource<DocumentResult>(TaskCreationOptions.RunContinuationsAsynchronously);
                    await work.Writer.WriteAsync((doc, done), token).ConfigureAwait(false);
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

        long finished = 0, failed = 0, characters = 0;
        var analysers = Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            await foreach (var (doc, done) in work.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
            {
                var result = new DocumentResult(doc, Analyze(doc, analyzer));
                if (result.Record.Error is not null) Interlocked.Increment(ref failed);
                Interlocked.Add(ref characters, doc.Text?.Length ?? 0);
                long n = Interlocked.Increment(ref finished);
                progress?.Report(new PipelineProgress(n, Interlocked.Read(ref failed), Interlocked.Read(ref characters)));
                done.SetResult(result);
                if (!options.PreserveOrder) unordered.Writer.TryWrite(result);
            }
        }, CancellationToken.None)).ToArray();
        var allDone = Task.WhenAll(analysers).ContinueWith(_ => unordered.Writer.TryComplete(), TaskScheduler.Default);

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

    /// <summary>The synchronous form of <see cref="RunAsync"/>.</summary>
    public static IEnumerable<DocumentResult> Run(
        IEnumerable<SourceDocument> documents, TextAnalyzer analyzer, PipelineOptions? options = null,
        IProgress<PipelineProgress>? progress = null, CancellationToken cancellationToken = default) =>
        RunAsync(documents, analyzer, options, progress, cancellationToken).ToBlockingEnumerable(CancellationToken.None);

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
}
