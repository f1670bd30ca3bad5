using TextAnalysis.Cli.Commands;

namespace TextAnalysis.Cli.Tests;

public class ProgressTests
{
    [Fact]
    public void Eta_is_the_time_so_far_scaled_by_the_bytes_left()
    {
        // A quarter read in 10 s: three quarters left at the same pace.
        Assert.Equal(TimeSpan.FromSeconds(30), TerminalProgress.Eta(250, 1000, TimeSpan.FromSeconds(10)));
        Assert.Equal(TimeSpan.Zero, TerminalProgress.Eta(1000, 1000, TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public void Eta_is_unknown_without_a_total_or_before_anything_is_read()
    {
        Assert.Null(TerminalProgress.Eta(500, null, TimeSpan.FromSeconds(3)));
        Assert.Null(TerminalProgress.Eta(0, 1000, TimeSpan.FromSeconds(3)));
        Assert.Null(TerminalProgress.Eta(500, 0, TimeSpan.FromSeconds(3)));
    }

    [Fact]
    public void Eta_never_goes_below_zero_when_more_than_the_total_was_read()
    {
        Assert.Equal(TimeSpan.Zero, TerminalProgress.Eta(1200, 1000, TimeSpan.FromSeconds(5)));
    }

    [Theory]
    [InlineData(0, "0:00")]
    [InlineData(59.2, "1:00")]
    [InlineData(61, "1:01")]
    [InlineData(3725, "1:02:05")]
    public void Durations_read_as_minutes_and_seconds_or_hours(double seconds, string expected) =>
        Assert.Equal(expected, TerminalProgress.FormatDuration(TimeSpan.FromSeconds(seconds)));

    [Fact]
    public void The_progress_line_shows_documents_speed_and_time_left_only_when_known()
    {
        var p = new PipelineProgress(1500, 2, 5_000_000);
        string known = TerminalProgress.Line(p, TimeSpan.FromSeconds(10), 250, 1000);
        Assert.Equal("1,500 documents (2 failed), 10.0 MB, 1.0 MB/s, 10 s, 0:30 left", known);
        string unknown = TerminalProgress.Line(p, TimeSpan.FromSeconds(10), 250, null);
        Assert.Equal("1,500 documents (2 failed), 10.0 MB, 1.0 MB/s, 10 s", unknown);
    }

    [Fact]
    public void Commit_gate_lets_through_only_positions_before_the_earliest_next_commit()
    {
        // Nothing taken yet, commits every 100: positions 0..99 may go in before the first commit.
        Assert.Equal(100, CommitGate.Limit(consumed: 0, indexed: 0, target: 100));
        // 60 taken, 5 of them failed: the 100th indexed document is at position 104 at the earliest.
        Assert.Equal(105, CommitGate.Limit(consumed: 60, indexed: 55, target: 100));
        // Right after the commit of 100 (at position 104): the next 100.
        Assert.Equal(205, CommitGate.Limit(consumed: 105, indexed: 100, target: 200));
    }

    [Fact]
    public void A_worker_past_the_gate_waits_until_the_consumer_moves_it()
    {
        var gate = new CommitGate(10);
        gate.WaitFor(9); // inside the first batch: no wait
        using var passed = new ManualResetEventSlim();
        var worker = new Thread(() =>
        {
            gate.WaitFor(10);
            passed.Set();
        });
        worker.Start();
        Assert.False(passed.Wait(200));
        gate.Advance(CommitGate.Limit(consumed: 10, indexed: 10, target: 20));
        Assert.True(passed.Wait(5000));
        worker.Join();
    }
}
