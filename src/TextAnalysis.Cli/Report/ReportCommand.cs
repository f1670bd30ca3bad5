using System.CommandLine;
using System.Diagnostics;
using System.Text;
using TextAnalysis.Cli.Report;

namespace TextAnalysis.Cli.Commands;

/// <summary><c>report [PATH ...] --out FILE.html</c>: the corpus at a glance, as one self-contained HTML page.</summary>
internal static class ReportCommand
{
    public static Command Create(HostIO io)
    {
        var input = new InputOptions();
        var output = new Option<string>("--out") { Description = "The HTML file to write.", Required = true };
        var top = new Option<int>("--top")
        {
            Description = "How many names of each kind, and numbers of each kind, to show (default 12).",
            DefaultValueFactory = _ => 12,
        };
        var command = new Command("report",
            "Write an HTML page of the corpus at a glance: a timeline of the dates, the most frequent names and which appear together, the largest numbers; every item opens its passage.")
        {
            output, top,
        };
        input.AddTo(command);
        command.SetAction(parse =>
        {
            int n = parse.GetValue(top);
            if (n < 1) throw new UsageException("--top must be at least 1");
            string outPath = parse.GetValue(output)!;
            var sw = Stopwatch.StartNew();
            var digest = new CorpusDigest(new ReportLimits { EntitiesPerLabel = n, NumbersPerKind = n });
            foreach (var (document, record) in Common.Analyze(input.Documents(parse, io.In), input.Analyzer(parse), io.Error))
            {
                digest.Add(document, record);
                if (record.Error is not null) Common.ReportFailure(io.Error, record);
            }
            var paths = parse.GetValue<string?>("--lines") is { } lines ? lines
                : parse.GetResult(command.Arguments[0]) is { Tokens.Count: > 0 } given ? string.Join(" ", given.Tokens.Select(t => t.Value))
                : Common.CorpusFolder + "/";
            string html = ReportPage.Render(digest, paths);
            var dir = Path.GetDirectoryName(Path.GetFullPath(outPath));
            if (dir is not null) Directory.CreateDirectory(dir);
            File.WriteAllText(outPath, html, new UTF8Encoding(false));
            long bytes = new FileInfo(outPath).Length;
            io.Error.WriteLine($"report: {outPath}: {digest.Documents.Count} documents, {bytes / 1024.0:0.0} KB, {Common.FormatElapsed(sw)}");
            return digest.FailedCount == 0 ? Program.Ok : Program.SomeInputFailed;
        });
        return command;
    }
}
