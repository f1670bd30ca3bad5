using System.CommandLine;
using TextAnalysis.Records;

namespace TextAnalysis.Cli.Commands;

/// <summary><c>extract [PATH ...] [--lines FILE] [--out FILE] [--reference-date YYYY-MM-DD]</c></summary>
internal static class ExtractCommand
{
    public static Command Create(HostIO io)
    {
        var input = new InputOptions();
        var output = new Option<string?>("--out") { Description = "Write the JSON Lines to FILE instead of standard output." };
        var command = new Command("extract", "Extract dates, numbers and entities: one JSON object per document (JSON Lines).") { output };
        input.AddTo(command);
        command.SetAction(parse =>
        {
            var analyzer = input.Analyzer(parse);
            var documents = input.Documents(parse, io.In);
            var writer = Common.OpenOutput(parse.GetValue(output), io.Out);
            int failed = 0;
            try
            {
                foreach (var (_, record) in Common.Analyze(documents, analyzer, io.Error))
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
