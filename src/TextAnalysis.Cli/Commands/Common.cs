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

    /// <summary>corpus/ under the current folder, or beside the solution that holds this program.</summary>
    public static string FindCorpus()
    {
        if (Directory.Exists(CorpusFolder)) return CorpusFolder;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, CorpusFolder);
            if (Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "TextAnalysis.sln"))) return candidate;
        }
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
            return DocumentSource.FromLines(linesFile);
        }
        return DocumentSource.FromPaths(PathsOrCorpus(paths).Select(NormalizeSeparators), options ?? DocumentReaderOptions.Default, stdin ?? Console.In);
    }

    private static string NormalizeSeparators(string path) =>
        path == DocumentSource.StandardInput ? path : path.Replace('\\', '/').TrimEnd('/') is { Length: > 0 } p ? p : path;

    /// <summary>Analyses documents in parallel and yields (document, record) in input order; failures become error records.</summary>
    public static IEnumerable<(SourceDocument Document, DocumentRecord Record)> Analyze(IEnumerable<SourceDocument> documents, TextAnalyzer analyzer) =>
        documents.AsParallel().AsOrdered().WithDegreeOfParallelism(Environment.ProcessorCount)
            .Select(d => (d, AnalyzeOne(d, analyzer)));

    private static DocumentRecord AnalyzeOne(SourceDocument document, TextAnalyzer analyzer)
    {
        if (document.Text is null) return DocumentRecord.Failed(document.Id, document.Source, document.Error ?? "could not be read");
        try
        {
            // --reference-date wins; otherwise a date the document states about itself (a JSON date field).
            return analyzer.Analyze(document.Text, document.Id, document.Source, analyzer.ReferenceDate ?? document.ReferenceDate);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return DocumentRecord.Failed(document.Id, document.Source, $"analysis failed: {e.GetType().Name}: {e.Message}");
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
