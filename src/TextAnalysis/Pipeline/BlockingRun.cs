using TextAnalysis.Input;

namespace TextAnalysis;

/// <summary>
/// The engine of <see cref="DocumentPipeline.Run"/>: worker threads take documents from the input under one lock,
/// numbering them, analyse them, and leave each result in a reorder buffer; the consumer takes the results in input
/// order (or as they come). At most <see cref="PipelineOptions.BoundedCapacity"/> documents are between being read and
/// being taken. Every wait is a <see cref="Monitor.Wait(object, int)"/>, which blocks without spinning. Workers do
/// not wake the consumer for each result (on two busy cores a wake-up per document cost more than 10% of the run):
/// the consumer looks every <see cref="PollMilliseconds"/> and is woken when the buffer is full or a worker stops.
/// </summary>
internal sealed class BlockingRun : IDisposable
{
    private const int PollMilliseconds = 5;

    private readonly object _gate = new();
    private readonly IEnumerator<SourceDocument> _source;
    private readonly TextAnalyzer _analyzer;
    private readonly PipelineOptions _options;
    private readonly ProgressCounter _counter;
    private readonly CancellationToken _cancellation;
    private readonly int _capacity;
    private readonly Thread[] _workers;
    private readonly Dictionary<long, DocumentResult> _finished = [];
    private readonly Queue<DocumentResult> _unordered = new();

    private long _read;          // documents taken from the input (the next one's number)
    private long _taken;         // results given to the consumer
    private int _running;        // workers still running
    private bool _inputEnded;    // the input is exhausted, failed, or reading stopped
    private bool _stopping;      // the consumer left: workers stop as soon as they can
    private bool _consumerWaiting;
    private Exception? _failure; // the input or a worker threw: rethrown to the consumer after the results before it
    private long _failedAt = long.MaxValue; // the input position that will never have a result because of it

    public BlockingRun(IEnumerable<SourceDocument> documents, TextAnalyzer analyzer, PipelineOptions options,
        IProgress<PipelineProgress>? progress, CancellationToken cancellation)
    {
        _analyzer = analyzer;
        _options = options;
        _counter = new ProgressCounter(progress);
        _cancellation = cancellation;
        int workers = Math.Max(1, options.DegreeOfParallelism);
        _capacity = Math.Max(workers, options.BoundedCapacity);
        _source = documents.GetEnumerator();
        _workers = new Thread[workers];
        _running = workers;
        for (int i = 0; i < workers; i++)
        {
            _workers[i] = new Thread(Work) { IsBackground = true, Name = "DocumentPipeline worker " + i };
            _workers[i].Start();
        }
    }

    /// <summary>The next result, or null when there are no more; rethrows a failure of the input.</summary>
    public DocumentResult? Take()
    {
        lock (_gate)
        {
            while (true)
            {
                DocumentResult? result = null;
                if (_options.PreserveOrder)
                {
                    if (_finished.Remove(_taken, out var next)) result = next;
                }
                else if (_unordered.Count > 0)
                {
                    result = _unordered.Dequeue();
                }
                if (result is not null)
                {
                    // A slot is free: a worker waiting for room may read on.
                    if (_read - _taken == _capacity) Monitor.PulseAll(_gate);
                    _taken++;
                    return result;
                }
                // In order, the results before a failure are all there is: do not wait for the other workers (one of
                // them may itself wait on the consumer, e.g. in OnAnalyzed).
                if (_running == 0 || (_options.PreserveOrder && _taken >= _failedAt))
                {
                    if (_failure is not null)
                    {
                        var failure = _failure;
                        _failure = null;
                        throw new InvalidOperationException("The document pipeline failed: " + failure.Message, failure);
                    }
                    return null;
                }
                _consumerWaiting = true;
                Monitor.Wait(_gate, PollMilliseconds);
                _consumerWaiting = false;
            }
        }
    }

    private void Work()
    {
        long number = -1;
        try
        {
            while (NextDocument(out var document, out number))
            {
                var result = Process(document, number);
                lock (_gate)
                {
                    if (_options.PreserveOrder) _finished.Add(number, result);
                    else _unordered.Enqueue(result);
                }
                number = -1;
            }
            _options.OnWorkerFinished?.Invoke();
        }
        catch (Exception e)
        {
            lock (_gate)
            {
                _failure ??= e;
                _failedAt = Math.Min(_failedAt, number >= 0 ? number : _read);
                _inputEnded = true;
            }
        }
        finally
        {
            lock (_gate)
            {
                _running--;
                Monitor.PulseAll(_gate);
            }
        }
    }

    // Takes the next document from the input, waiting while the buffer is full; false when there are no more.
    private bool NextDocument(out SourceDocument document, out long number)
    {
        document = null!;
        number = -1;
        lock (_gate)
        {
            while (!_inputEnded && !_stopping && _read - _taken >= _capacity && !_cancellation.IsCancellationRequested)
            {
                // The buffer is full: wake the consumer, which frees room.
                if (_consumerWaiting) Monitor.PulseAll(_gate);
                Monitor.Wait(_gate, 100);
            }
            if (_inputEnded || _stopping) return false;
            if (_cancellation.IsCancellationRequested || !_source.MoveNext())
            {
                _inputEnded = true;
                return false;
            }
            document = _source.Current;
            number = _read++;
            return true;
        }
    }

    private DocumentResult Process(SourceDocument document, long position)
    {
        var result = DocumentPipeline.Process(document, position, _analyzer, _options.OnAnalyzed);
        _counter.Count(result);
        return result;
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _stopping = true;
            Monitor.PulseAll(_gate);
        }
        foreach (var worker in _workers) worker.Join();
        lock (_gate) _source.Dispose();
    }
}
