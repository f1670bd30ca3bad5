using System.Diagnostics;
using System.Globalization;
using System.Text;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using TextAnalysis.Input;
using TextAnalysis.Search;
using TextAnalysis.Tokenization;

namespace TextAnalysis.Benchmarks;

/// <summary>
/// The end-to-end benchmark over a corpus of SaudiNewsNet zips: extract, index, extract+index, and Lucene's
/// ArabicAnalyzer indexing the same passages, each in a fresh child process so that its peak working set is its own;
/// and extract+index again over the input repeated four times, to show that memory does not grow with the corpus.
/// <code>dotnet run --project benchmarks/TextAnalysis.Benchmarks -c Release -- scale [FOLDER] [--repeat N]</code>
/// </summary>
internal static class ScaleBenchmark
{
    public static int Run(string[] args)
    {
        if (args.Length > 0 && args[0] == "--child") return Child(args[1], args[2], int.Parse(args[3], CultureInfo.InvariantCulture));
        string folder = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? FindDataset();
        var zips = System.IO.Directory.GetFiles(folder, "*.zip").Order(StringComparer.Ordinal).ToArray();
        if (zips.Length == 0)
        {
            Console.Error.WriteLine($"no .zip files in {folder}");
            return 2;
        }
        long bytes = zips.Sum(z => new FileInfo(z).Length);
        Console.WriteLine($"# Scale benchmark: {zips.Length} SaudiNewsNet days from {folder} ({bytes / 1e6:0.0} MB zipped), {Environment.ProcessorCount} cores");
        Console.WriteLine();
        Console.WriteLine("| run | input | documents | text MB (UTF-8) | wall s | MB/s | docs/s | peak working set MB |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|");
        foreach (var (mode, repeat) in new[] { ("extract", 1), ("index", 1), ("extract+index", 1), ("lucene-index", 1), ("extract+index", 4) })
        {
            var line = RunChild(mode, folder, repeat);
            Console.WriteLine(line);
        }
        return 0;
    }

    private static string FindDataset()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "..", "shared", "datasets", "saudinewsnet");
            if (System.IO.Directory.Exists(path)) return Path.GetFullPath(path);
        }
        throw new DirectoryNotFoundException("../shared/datasets/saudinewsnet not found; pass the folder of zips");
    }

    private static string RunChild(string mode, string folder, int repeat)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(typeof(ScaleBenchmark).Assembly.Location);
        foreach (var a in new[] { "scale", "--child", mode, folder, repeat.ToString(CultureInfo.InvariantCulture) }) psi.ArgumentList.Add(a);
        using var child = Process.Start(psi)!;
        string output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        return output.Trim();
    }

    private static IEnumerable<SourceDocument> Documents(string folder, int repeat)
    {
        var zips = System.IO.Directory.GetFiles(folder, "*.zip").Order(StringComparer.Ordinal).ToArray();
        for (int r = 0; r < repeat; r++)
            foreach (var zip in zips)
                foreach (var doc in DocumentSource.FromFile(zip))
                    yield return r == 0 ? doc : doc with { Id = doc.Id + "@" + r };
    }

    private static int Child(string mode, string folder, int repeat)
    {
        string indexDir = Path.Combine(Path.GetTempPath(), "ta-scale-" + Guid.NewGuid().ToString("N"));
        long documents = 0, utf8 = 0;
        var clock = Stopwatch.StartNew();
        try
        {
            var docs = Documents(folder, repeat);
            switch (mode)
            {
                case "extract":
                    foreach (var r in DocumentPipeline.Run(docs, TextAnalyzer.Default))
                        Count(r.Document, ref documents, ref utf8);
                    break;
                case "index":
                    using (var writer = new PassageIndexWriter(indexDir))
                    {
                        foreach (var doc in docs)
                        {
                            Count(doc, ref documents, ref utf8);
                            if (doc.Text is not null) writer.Index(doc.Id, doc.Text);
                        }
                        writer.Commit();
                    }
                    break;
                case "extract+index":
                    using (var writer = new PassageIndexWriter(indexDir))
                    {
                        foreach (var r in DocumentPipeline.Run(docs, TextAnalyzer.Default))
                        {
                            Count(r.Document, ref documents, ref utf8);
                            if (r.Document.Text is not null) writer.Index(r.Document.Id, r.Document.Text, r.Record);
                        }
                        writer.Commit();
                    }
                    break;
                case "lucene-index":
                    LuceneIndex(docs, indexDir, ref documents, ref utf8);
                    break;
                default:
                    throw new ArgumentException("unknown mode " + mode);
            }
        }
        finally
        {
            try { System.IO.Directory.Delete(indexDir, recursive: true); }
            catch (IOException) { }
        }
        clock.Stop();
        double seconds = clock.Elapsed.TotalSeconds, mb = utf8 / 1e6;
        long peak = Process.GetCurrentProcess().PeakWorkingSet64;
        string label = mode switch
        {
            "lucene-index" => "index, Lucene ArabicAnalyzer (same passages, text field only)",
            "index" => "index (ours)",
            "extract" => "extract (ours)",
            _ => "extract+index (ours)",
        };
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {label} | {repeat}× | {documents:N0} | {mb:0.0} | {seconds:0.00} | {mb / seconds:0.0} | {documents / seconds:N0} | {peak / 1e6:0} |"));
        return 0;
    }

    private static void Count(SourceDocument doc, ref long documents, ref long utf8)
    {
        documents++;
        if (doc.Text is not null) utf8 += Encoding.UTF8.GetByteCount(doc.Text);
    }

    // The same passages into a plain Lucene index analysed by Lucene's ArabicAnalyzer.
    private static void LuceneIndex(IEnumerable<SourceDocument> docs, string indexDir, ref long documents, ref long utf8)
    {
        using var dir = FSDirectory.Open(indexDir);
        using var analyzer = new ArabicAnalyzer(LuceneVersion.LUCENE_48);
        using var writer = new IndexWriter(dir, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer));
        foreach (var doc in docs)
        {
            Count(doc, ref documents, ref utf8);
            if (doc.Text is null) continue;
            writer.DeleteDocuments(new Term("id", doc.Id));
            foreach (var p in PassageSplitter.Split(doc.Text))
            {
                writer.AddDocument(new Document
                {
                    new StringField("id", doc.Id, Field.Store.YES),
                    new TextField("text", doc.Text.Substring(p.Start, p.End - p.Start), Field.Store.YES),
                });
            }
        }
        writer.Commit();
    }
}
