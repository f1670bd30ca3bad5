using System.Diagnostics;
using System.Globalization;
using TextAnalysis.Input;

namespace TextAnalysis.Cli.Commands;

/// <summary>A one-line progress display on a terminal: documents, failures, MB/s and, when the input's size is known,
/// the estimated time left; redrawn at most 10 times a second; a summary line at the end.</summary>
internal sealed class TerminalProgress(TextWriter terminal, InputMeter? meter = null) : IProgress<PipelineProgress>
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private long _lastDraw = -1000;
    private int _lastWidth;
    private PipelineProgress _last;

    /// <summary>The progress line being shown, if any: a command that writes its own lines to the same terminal
    /// (<c>index --verbose</c>) clears it first, and the next redraw puts it back.</summary>
    public static TerminalProgress? Current { get; set; }

    /// <summary>Blanks the progress line and returns to its start.</summary>
    public void ClearLine()
    {
        lock (_gate)
        {
            if (_lastWidth == 0) return;
            terminal.Write("\r" + new string(' ', _lastWidth) + "\r");
            terminal.Flush();
            _lastWidth = 0;
        }
    }

    public void Report(PipelineProgress value)
    {
        lock (_gate)
        {
            if (value.Documents > _last.Documents) _last = value;
            long now = _clock.ElapsedMilliseconds;
            if (now - _lastDraw < 100) return;
            _lastDraw = now;
            Draw(Line(_last, _clock.Elapsed, meter?.BytesRead ?? 0, meter?.TotalBytes));
        }
    }

    /// <summary>Replaces the progress line with the summary.</summary>
    public void Finish()
    {
        lock (_gate)
        {
            if (_last.Documents == 0) return;
            Draw(Summary(_last, _clock.Elapsed));
            terminal.WriteLine();
        }
    }

    private void Draw(string line)
    {
        // Pad over what the previous, longer line left.
        int width = line.Length;
        terminal.Write("\r" + line + new string(' ', Math.Max(0, _lastWidth - width)));
        _lastWidth = width;
    }

    /// <summary>MB of text analysed: UTF-16 characters, about 2 bytes of Arabic UTF-8 each.</summary>
    private static double Megabytes(PipelineProgress p) => p.Characters * 2 / 1e6;

    /// <summary>The progress line: documents, failures, MB and MB/s, and the estimated time left when known.</summary>
    internal static string Line(PipelineProgress p, TimeSpan elapsed, long bytesRead, long? totalBytes)
    {
        double seconds = Math.Max(elapsed.TotalSeconds, 1e-3), mb = Megabytes(p);
        var eta = Eta(bytesRead, totalBytes, elapsed);
        return string.Create(CultureInfo.InvariantCulture,
            $"{p.Documents:N0} documents ({p.Failed:N0} failed), {mb:0.0} MB, {mb / seconds:0.0} MB/s, {seconds:0} s")
            + (eta is { } left ? ", " + FormatDuration(left) + " left" : "");
    }

    /// <summary>The summary line at the end.</summary>
    internal static string Summary(PipelineProgress p, TimeSpan elapsed)
    {
        double seconds = Math.Max(elapsed.TotalSeconds, 1e-3), mb = Megabytes(p);
        return string.Create(CultureInfo.InvariantCulture,
            $"{p.Documents:N0} documents ({p.Failed:N0} failed), {mb:0.0} MB in {seconds:0.0} s, {mb / seconds:0.0} MB/s, {p.Documents / seconds:N0} documents/s");
    }

    /// <summary>The time left when <paramref name="bytesRead"/> of <paramref name="totalBytes"/> took
    /// <paramref name="elapsed"/>, at the same pace; null when the total is unknown or nothing is read yet.</summary>
    internal static TimeSpan? Eta(long bytesRead, long? totalBytes, TimeSpan elapsed)
    {
        if (totalBytes is not { } total || total <= 0 || bytesRead <= 0) return null;
        long read = Math.Min(bytesRead, total);
        return TimeSpan.FromSeconds(elapsed.TotalSeconds * (total - read) / read);
    }

    /// <summary>A duration as <c>m:ss</c>, or <c>h:mm:ss</c> from an hour.</summary>
    internal static string FormatDuration(TimeSpan t)
    {
        long s = (long)Math.Ceiling(t.TotalSeconds);
        return s >= 3600
            ? string.Create(CultureInfo.InvariantCulture, $"{s / 3600}:{s / 60 % 60:00}:{s % 60:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{s / 60}:{s % 60:00}");
    }
}
