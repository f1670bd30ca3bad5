using System.CommandLine;
using TextAnalysis.Records;

namespace TextAnalysis.Cli.Commands;

/// <summary><c>extract [PATH ...] [--lines FILE] [--out FILE] [--reference-date YYYY-MM-DD]</c></summary>
internal static class ExtractCommand
{
    public static Command Create(HostIO io)
    {
        var input = new InputOptions();
        var output = new Option<string?>("--out") { Description = "Write to FILE instead of standard output." };
        var format = new Option<string>("--format")
        {
            Description = "jsonl (one record per document, the default) or parquet (one row per mention; needs --out).",
            DefaultValueFactory = _ => "jsonl",
        };
        format.AcceptOnlyFromAmong("jsonl", "parquet");
        var command = new Command("extract", "Extract dates, numbers and entities: one JSON object per document (JSON Lines).") { output, format };
        input.AddTo(command);
        command.SetAction(parse =>
        {
            var analyzer = input.Analyzer(parse);
            var documents = input.Documents(parse, io.In);
            string? outPath = parse.GetValue(output);
            bool parquet = parse.GetValue(format) == "parquet";
            if (parquet && outPath is null) throw new UsageException("--format parquet needs --out FILE");
            using var parquetOut = parquet ? new ParquetOutput(outPath!) : null;
            var writer = parquet ? null : Common.OpenOutput(outPath, io.Out);
            int failed = 0;
            try
            {
                foreach (var (_, record) in Common.Analyze(documents, analyzer, io.Error))
                {
                    if (parquetOut is not null) parquetOut.Write(record);
                    else writer!.WriteLine(RecordJson.Serialize(record));
                    if (record.Error is not null)
                    {
                        failed++;
                        Common.ReportFailure(io.Error, record);
                    }
                }
            }
            finally
            {
                if (writer is not null && !ReferenceEquals(writer, io.Out)) writer.Dispose();
                else writer?.Flush();
            }
            return failed == 0 ? Program.Ok : Program.SomeInputFailed;
        });
        return command;
    }
}
