namespace TextAnalysis.Cli.Commands;

/// <summary>
/// Keeps <c>index --commit-every N</c> exact while the pipeline's workers index documents as they finish them: a
/// commit after the N-th indexed document must hold exactly the documents up to it, so a worker may add the document
/// at input position q only while q lies before the earliest position the next commit can fall on. The consumer, which
/// takes results in input order, moves that bound: after taking <c>consumed</c> documents of which <c>indexed</c>
/// were indexed, the next commit (after <c>target</c> indexed documents) cannot fall before position
/// <c>consumed + target - indexed - 1</c>, so every position below <c>consumed + target - indexed</c> is safe.
/// Between batches the workers go on analysing and only the adding waits, for the commit.
/// </summary>
internal sealed class CommitGate
{
    private readonly object _gate = new();
    private long _limit;   // positions below this may be indexed now
    private bool _open;    // no more waiting (the consumer stopped)
    private int _waiting;

    public CommitGate(int commitEvery)
    {
        _limit = commitEvery;
    }

    /// <summary>Blocks the calling worker until the document at <paramref name="position"/> may be indexed.</summary>
    public void WaitFor(long position)
    {
        lock (_gate)
        {
            while (!_open && position >= _limit)
            {
                _waiting++;
                Monitor.Wait(_gate);
                _waiting--;
            }
        }
    }

    /// <summary>Moves the bound to <paramref name="limit"/> (see <see cref="Limit"/>).</summary>
    public void Advance(long limit)
    {
        lock (_gate)
        {
            _limit = limit;
            if (_waiting > 0) Monitor.PulseAll(_gate);
        }
    }

    /// <summary>Lets every waiting and later worker through (the consumer is leaving).</summary>
    public void Open()
    {
        lock (_gate)
        {
            _open = true;
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>The first input position that must wait for the next commit, once the consumer has taken
    /// <paramref name="consumed"/> documents of which <paramref name="indexed"/> were indexed, the next commit coming
    /// after <paramref name="target"/> indexed documents.</summary>
    public static long Limit(long consumed, long indexed, long target) => consumed + target - indexed;
}
