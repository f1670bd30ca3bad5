using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using TextAnalysis.Records;
using TextAnalysis.Search;

namespace TextAnalysis.Cli.Commands;

/// <summary>The main job (no command): extract the corpus, index it, print a summary and a sample search.</summary>
internal static class MainJob
{
    public const string SampleQuery = "لينين";

    public static void Configure(RootCommand root, HostIO io)
    {
        var outDir = new Option<string>("--out-dir") { Description = "Where the main job writes records.jsonl and index/.", DefaultValueFactory = _ => "out" };
        root.Add(outDir);
        root.SetAction(parse => Run(parse.GetValue(outDir)!, io));
    }

    public static int Run(string outDir, HostIO io)
    {
        var sw = Stopwatch.StartNew();
        string corpus = Common.FindCorpus();
        Directory.CreateDirectory(outDir);
        string recordsPath = Path.Combine(outDir, "records.jsonl");
        string indexDir = Path.Combine(outDir, "index");
        if (Directory.Exists(indexDir)) Directory.Delete(indexDir, recursive: true);

        var documents = Common.Documents([corpus], null).ToList();
        var records = new List<DocumentRecord>();
        var result = IndexCommand.Run(documents, TextAnalyzer.Default, indexDir, io.Error, collect: records);
        using (var writer = new StreamWriter(recordsPath, false, new System.Text.UTF8Encoding(false)))
        {
            foreach (var record in records) writer.WriteLine(RecordJson.Serialize(record));
        }
        sw.Stop();

        var ok = records.Where(r => r.Error is null).ToList();
        long chars = documents.Sum(d => (long)(d.Text?.Length ?? 0));
        var o = io.Out;
        o.WriteLine($"TextAnalysis — main job on {corpus}/");
        o.WriteLine($"  documents        {records.Count} ({ok.Count} processed, {result.Failed} failed), {chars:N0} characters");
        o.WriteLine($"  dates            {ok.Sum(r => r.Dates?.Count ?? 0)}");
        o.WriteLine($"  numbers          {ok.Sum(r => r.Numbers?.Count ?? 0)}");
        var labels = ok.SelectMany(r => r.Entities ?? []).GroupBy(e => e.Label).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key} {g.Count()}");
        o.WriteLine($"  entities         {ok.Sum(r => r.Entities?.Count ?? 0)} ({string.Join(", ", labels)})");
        o.WriteLine($"  index            {indexDir}, {DirectorySize(indexDir) / 1024.0:0.0} KiB");
        o.WriteLine($"  records          {recordsPath}");
        o.WriteLine($"  time             {Common.FormatElapsed(sw)}");
        o.WriteLine();
        o.WriteLine($"Sample search: {SampleQuery}");
        using (var searcher = new PassageSearcher(indexDir))
        {
            SearchCommand.WriteHits(searcher.Search(SampleQuery, 3), o, ReferenceEquals(o, Console.Out) && !Console.IsOutputRedirected);
        }
        o.Flush();
        return result.Failed == 0 ? Program.Ok : Program.SomeInputFailed;
    }

    private static long DirectorySize(string dir) =>
        Directory.Exists(dir) ? new DirectoryInfo(dir).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length) : 0;
}
