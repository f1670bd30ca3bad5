using System.Diagnostics;
using System.Globalization;

namespace TextAnalysis.Cli.Commands;

/// <summary>A one-line progress display on a terminal: documents, failures, MB/s; redrawn at most 10 times a second.</summary>
internal sealed class TerminalProgress(TextWriter terminal) : IProgress<PipelineProgress>
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private long _lastDraw = -1000;
    private PipelineProgress _last;

    public void Report(PipelineProgress value)
    {
        lock (_gate)
        {
            _last = value;
            long now = _clock.ElapsedMilliseconds;
            if (now - _lastDraw < 100) return;
            _lastDraw = now;
            Draw(value);
        }
    }

    public void Finish()
    {
        lock (_gate)
        {
            if (_last.Documents == 0) return;
            Draw(_last);
            terminal.WriteLine();
        }
    }

    private void Draw(PipelineProgress p)
    {
        double seconds = Math.Max(_clock.Elapsed.TotalSeconds, 1e-3);
        double mb = p.Characters * 2 / 1e6; // UTF-16 characters, about 2 bytes of Arabic UTF-8 each
        terminal.Write(string.Create(CultureInfo.InvariantCulture,
            $"\r{p.Documents:N0} documents ({p.Failed:N0} failed), {mb:0.0} MB, {mb / seconds:0.0} MB/s, {seconds:0.0} s   "));
    }
}
