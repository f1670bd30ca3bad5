using System.Diagnostics;
using System.Globalization;
using TextAnalysis.Input;
using TextAnalysis.Records;

namespace TextAnalysis.Cli.Commands;

/// <summary>What the commands share: finding the corpus, reading documents, analysing them in order.</summary>
internal static class Common
{
    public const string CorpusFolder = "corpus";

    /// <summary>The paths given, or the bundled corpus/ folder when none are.</summary>
    public static IReadOnlyList<string> PathsOrCorpus(string[]? paths)
    {
        if (paths is { Length: > 0 }) return paths;
        return [FindCorpus()];
    }

    /// <summary>corpus/ under the current folder, beside the solution that holds this program, or the copy bundled
    /// with the program itself.</summary>
    public static string FindCorpus()
    {
        if (Directory.Exists(CorpusFolder)) return CorpusFolder;
        string bundled = Path.Combine(AppContext.BaseDirectory, CorpusFolder);
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, CorpusFolder);
            if (Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "TextAnalysis.sln"))) return candidate;
        }
        if (Directory.Exists(bundled)) return bundled;
        throw new UsageException("no PATH given and no corpus/ folder here; pass files or folders to read");
    }

    public static DateOnly? ParseReferenceDate(string? value)
    {
        if (value is null) return null;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        throw new UsageException($"--reference-date must be YYYY-MM-DD, not '{value}'");
    }

    public static IEnumerable<SourceDocument> Documents(string[]? paths, string? linesFile, DocumentReaderOptions? options = null, TextReader? stdin = null)
    {
        if (linesFile is not null)
        {
            if (paths is { Length: > 0 }) throw new UsageException("give either PATH arguments or --lines FILE, not both");
            var lineMeter = InputMeter.ForPaths([linesFile]);
            return new MeteredDocuments(DocumentSource.FromLines(linesFile, lineMeter), lineMeter);
        }
        var resolved = PathsOrCorpus(paths).Select(NormalizeSeparators).ToList();
        // Sized up front (file sizes), counted as read: the progress line's estimated time left.
        var meter = InputMeter.ForPaths(resolved);
        options = (options ?? DocumentReaderOptions.Default) with { Meter = meter };
        return new MeteredDocuments(DocumentSource.FromPaths(resolved, options, stdin ?? Console.In), meter);
    }

    /// <summary>Documents with the meter that counts the bytes they are read from.</summary>
    private sealed class MeteredDocuments(IEnumerable<SourceDocument> documents, InputMeter meter) : IEnumerable<SourceDocument>
    {
        public InputMeter Meter => meter;
        public IEnumerator<SourceDocument> GetEnumerator() => documents.GetEnumerator();
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private static string NormalizeSeparators(string path) =>
        path == DocumentSource.StandardInput ? path : path.Replace('\\', '/').TrimEnd('/') is { Length: > 0 } p ? p : path;

    /// <summary>Analyses documents in parallel with bounded memory and yields (document, record) in input order;
    /// failures become error records. Shows progress on standard error when it is a terminal; Ctrl+C stops reading
    /// and lets the documents already in flight finish. <paramref name="onAnalyzed"/> runs on the worker threads
    /// (see <see cref="PipelineOptions.OnAnalyzed"/>), and <paramref name="onWorkerFinished"/> on each of them after its
    /// last document (<see cref="PipelineOptions.OnWorkerFinished"/>).</summary>
    public static IEnumerable<(SourceDocument Document, DocumentRecord Record)> Analyze(IEnumerable<SourceDocument> documents, TextAnalyzer analyzer, TextWriter? stderr = null,
        Action<DocumentResult>? onAnalyzed = null, Action? onWorkerFinished = null)
    {
        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        var progress = stderr is not null && ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected ? new TerminalProgress(stderr, (documents as MeteredDocuments)?.Meter) : null;
        TerminalProgress.Current = progress;
        try
        {
            foreach (var result in DocumentPipeline.Run(documents, analyzer, new PipelineOptions { OnAnalyzed = onAnalyzed, OnWorkerFinished = onWorkerFinished }, progress, cancel.Token))
                yield return (result.Document, result.Record);
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
            TerminalProgress.Current = null;
            progress?.Finish();
            if (cancel.IsCancellationRequested) stderr?.WriteLine("stopped by Ctrl+C: the output holds the documents finished before it");
        }
    }

    public static TextWriter OpenOutput(string? path, TextWriter stdout)
    {
        if (path is null) return stdout;
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null) Directory.CreateDirectory(dir);
        return new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
    }

    public static void ReportFailure(TextWriter stderr, DocumentRecord record) =>
        stderr.WriteLine($"error: {record.Source}: {record.Error}");

    public static string FormatElapsed(Stopwatch sw) => sw.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";
}
