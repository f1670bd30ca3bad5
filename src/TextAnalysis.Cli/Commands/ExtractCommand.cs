using System.CommandLine;
using TextAnalysis.Records;

namespace TextAnalysis.Cli.Commands;

/// <summary><c>extract [PATH ...] [--lines FILE] [--out FILE] [--reference-date YYYY-MM-DD]</c></summary>
internal static class ExtractCommand
{
    public static Command Create(HostIO io)
    {
        var paths = new Argument<string[]>("PATH") { Arity = ArgumentArity.ZeroOrMore, Description = "Files and folders (recursive); none: corpus/." };
        var lines = new Option<string?>("--lines") { Description = "Read each non-empty line of FILE as one document, id FILE#N." };
        var output = new Option<string?>("--out") { Description = "Write the JSON Lines to FILE instead of standard output." };
        var reference = new Option<string?>("--reference-date") { Description = "YYYY-MM-DD that relative dates are resolved against." };
        var boilerplate = new Option<bool>("--drop-boilerplate") { Description = "Leave out mentions in web-page menus and breadcrumbs." };
        var command = new Command("extract", "Extract dates, numbers and entities: one JSON object per document (JSON Lines).")
        {
            paths, lines, output, reference, boilerplate,
        };
        command.SetAction(parse =>
        {
            var analyzer = new TextAnalyzerBuilder().UseDates().UseNumbers().UseEntities()
                .WithReferenceDate(Common.ParseReferenceDate(parse.GetValue(reference)))
                .SkipBoilerplate(parse.GetValue(boilerplate)).Build();
            var documents = Common.Documents(parse.GetValue(paths), parse.GetValue(lines));
            var writer = Common.OpenOutput(parse.GetValue(output), io.Out);
            int failed = 0;
            try
            {
                foreach (var (_, record) in Common.Analyze(documents, analyzer))
                {
                    writer.WriteLine(RecordJson.Serialize(record));
                    if (record.Error is not null)
                    {
                        failed++;
                        Common.ReportFailure(io.Error, record);
                    }
                }
            }
            finally
            {
                if (!ReferenceEquals(writer, io.Out)) writer.Dispose();
                else writer.Flush();
            }
            return failed == 0 ? Program.Ok : Program.SomeInputFailed;
        });
        return command;
    }
}
