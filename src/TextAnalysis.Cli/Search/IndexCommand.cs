using System.CommandLine;
using TextAnalysis.Search;

namespace TextAnalysis.Cli.Commands;

/// <summary><c>index [PATH ...] --index DIR</c>: extracts and indexes documents, one Lucene document per passage.</summary>
internal static class IndexCommand
{
    public static Command Create(HostIO io)
    {
        var input = new InputOptions();
        var index = new Option<string>("--index") { Description = "The index folder (created if missing).", Required = true };
        var command = new Command("index", "Build or update a full-text index; indexing a document again replaces it.") { index };
        input.AddTo(command);
        command.SetAction(parse =>
        {
            var analyzer = input.Analyzer(parse);
            var documents = input.Documents(parse, io.In);
            var result = Run(documents, analyzer, parse.GetValue(index)!, io.Error);
            io.Out.WriteLine($"indexed {result.Indexed} document(s) into {parse.GetValue(index)}; {result.Failed} failed");
            return result.Failed == 0 ? Program.Ok : Program.SomeInputFailed;
        });
        return command;
    }

    internal readonly record struct IndexResult(int Indexed, int Failed, List<Records.DocumentRecord> Records);

    internal static IndexResult Run(IEnumerable<Input.SourceDocument> documents, TextAnalyzer analyzer, string indexDir, TextWriter stderr)
    {
        int indexed = 0, failed = 0;
        var records = new List<Records.DocumentRecord>();
        using (var writer = new PassageIndexWriter(indexDir))
        {
            foreach (var (document, record) in Common.Analyze(documents, analyzer, stderr))
            {
                records.Add(record);
                if (record.Error is not null || document.Text is null)
                {
                    failed++;
                    Common.ReportFailure(stderr, record);
                    continue;
                }
                writer.Index(document.Id, document.Text, record);
                indexed++;
            }
            writer.Commit();
        }
        return new IndexResult(indexed, failed, records);
    }
}
