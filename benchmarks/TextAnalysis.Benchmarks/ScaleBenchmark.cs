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
/// <code>dotnet run --project benchmarks/TextAnalysis.Benchmarks -c Release -- scale [FOLDER] [--mode MODE] [--days N] [--repeat N]</code>
/// <c>--mode</c> runs one mode only (extract, index, extract+index, lucene-index) at <c>--repeat</c> (default 1);
/// <c>--days</c> takes the first N zips only (to iterate quickly).
/// </summary>
internal static class ScaleBenchmark
{
    public static int Run(string[] args)
    {
        if (args.Length > 0 && args[0] == "--child")
            return Child(args[1], args[2], int.Parse(args[3], CultureInfo.InvariantCulture), int.Parse(args[4], CultureInfo.InvariantCulture));
        string? folderArg = null, onlyMode = null;
        int days = int.MaxValue, onlyRepeat = 1;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--mode": onlyMode = args[++i]; break;
                case "--days": days = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--repeat": onlyRepeat = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                default: folderArg = args[i]; break;
            }
        }
        string folder = folderArg ?? FindDataset();
        var zips = Zips(folder, days);
        if (zips.Length == 0)
        {
            Console.Error.WriteLine($"no .zip files in {folder}");
            return 2;
        }
        long bytes = zips.Sum(z => new FileInfo(z).Length);
        Console.WriteLine($"# Scale benchmark: {zips.Length} SaudiNewsNet days from {folder} ({bytes / 1e6:0.0} MB zipped), {Environment.ProcessorCount} cores");
        Console.WriteLine();
        Console.WriteLine("| run | input | documents | text MB (UTF-8) | wall s | CPU s | MB/s | docs/s | peak working set MB |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---:|");
        var runs = onlyMode is null
            ? new[] { ("extract", 1), ("index", 1), ("extract+index", 1), ("lucene-index", 1), ("extract+index", 4) }
            : [(onlyMode, onlyRepeat)];
        foreach (var (mode, repeat) in runs)
        {
            var line = RunChild(mode, folder, repeat, days);
            Console.WriteLine(line);
        }
        return 0;
    }

    private static string[] Zips(string folder, int days) =>
        System.IO.Directory.GetFiles(folder, "*.zip").Order(StringComparer.Ordinal).Take(days).ToArray();

    private static string FindDataset()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "..", "shared", "datasets", "saudinewsnet");
            if (System.IO.Directory.Exists(path)) return Path.GetFullPath(path);
        }
        throw new DirectoryNotFoundException("../shared/datasets/saudinewsnet not found; pass the folder of zips");
    }

    private static string RunChild(string mode, string folder, int repeat, int days)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        // The JIT settings of the console host (TextAnalysis.Cli.csproj): no tiered PGO, loops compiled optimized at once.
        // On a run of seconds the instrumented tier costs more than PGO gives back.
        psi.Environment["DOTNET_TieredPGO"] = "0";
        psi.Environment["DOTNET_TC_QuickJitForLoops"] = "0";
        psi.ArgumentList.Add(typeof(ScaleBenchmark).Assembly.Location);
        foreach (var a in new[] { "scale", "--child", mode, folder, repeat.ToString(CultureInfo.InvariantCulture), days.ToString(CultureInfo.InvariantCulture) }) psi.ArgumentList.Add(a);
        using var child = Process.Start(psi)!;
        string output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        return output.Trim();
    }

    private static IEnumerable<SourceDocument> Documents(string folder, int repeat, int days)
    {
        var zips = Zips(folder, days);
        for (int r = 0; r < repeat; r++)
            foreach (var zip in zips)
                foreach (var doc in DocumentSource.FromFile(zip))
                    yield return r == 0 ? doc : doc with { Id = doc.Id + "@" + r };
    }

    private static int Child(string mode, string folder, int repeat, int days)
    {
        string indexDir = Path.Combine(Path.GetTempPath(), "ta-scale-" + Guid.NewGuid().ToString("N"));
        long documents = 0, utf8 = 0;
        var clock = Stopwatch.StartNew();
        try
        {
            var docs = Documents(folder, repeat, days);
            switch (mode)
            {
                case "extract":
                    foreach (var r in DocumentPipeline.Run(docs, TextAnalyzer.Default))
                        Count(r.Document, ref documents, ref utf8);
                    break;
                case "index":
                    using (var writer = new PassageIndexWriter(indexDir))
                    {
                        // On every core, as the pipeline does: Lucene builds a segment per thread.
                        Parallel.ForEach(docs, Cores, doc =>
                        {
                            Count(doc, ref documents, ref utf8);
                            if (doc.Text is not null) writer.Index(doc.Id, doc.Text);
                        });
                        writer.Commit();
                    }
                    break;
                case "extract+index":
                    using (var writer = new PassageIndexWriter(indexDir))
                    {
                        // Each worker indexes the document it has just analysed; results still come out in order.
                        // At the end, each worker writes out its last segment, in parallel, before the commit.
                        var options = new PipelineOptions
                        {
                            OnAnalyzed = r => writer.Index(r.Document.Id, r.Document.Text!, r.Record),
                            OnWorkerFinished = writer.FinishThread,
                        };
                        foreach (var r in DocumentPipeline.Run(docs, TextAnalyzer.Default, options))
                            Count(r.Document, ref documents, ref utf8);
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
        using var self = Process.GetCurrentProcess();
        long peak = self.PeakWorkingSet64;
        double cpu = self.TotalProcessorTime.TotalSeconds;
        string label = mode switch
        {
            "lucene-index" => "index, Lucene ArabicAnalyzer (same passages, text field only)",
            "index" => "index (ours)",
            "extract" => "extract (ours)",
            _ => "extract+index (ours)",
        };
        if (Environment.GetEnvironmentVariable("SCALE_THREADS") == "1") PrintThreadTimes();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {label} | {repeat}× | {documents:N0} | {mb:0.0} | {seconds:0.00} | {cpu:0.0} | {mb / seconds:0.0} | {documents / seconds:N0} | {peak / 1e6:0} |"));
        return 0;
    }

    // Linux: CPU seconds of each thread still alive (user + system), to see where the time goes.
    private static void PrintThreadTimes()
    {
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  GC: {GC.CollectionCount(0)} gen0, {GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2, paused {GC.GetTotalPauseDuration().TotalSeconds:0.00} s, allocated {GC.GetTotalAllocatedBytes() / 1e9:0.0} GB"));
        foreach (var task in System.IO.Directory.GetDirectories("/proc/self/task"))
        {
            try
            {
                string stat = File.ReadAllText(Path.Combine(task, "stat"));
                int close = stat.LastIndexOf(')');
                string name = stat[(stat.IndexOf('(') + 1)..close];
                var fields = stat[(close + 2)..].Split(' ');
                double seconds = (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
                if (seconds >= 0.05) Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  thread {Path.GetFileName(task)} {name}: {seconds:0.00} s"));
            }
            catch (IOException)
            {
            }
        }
    }

    private static readonly ParallelOptions Cores = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };

    private static void Count(SourceDocument doc, ref long documents, ref long utf8)
    {
        Interlocked.Increment(ref documents);
        if (doc.Text is not null) Interlocked.Add(ref utf8, Encoding.UTF8.GetByteCount(doc.Text));
    }

    // The same passages into a plain Lucene index analysed by Lucene's ArabicAnalyzer.
    private static void LuceneIndex(IEnumerable<SourceDocument> docs, string indexDir, ref long documents, ref long utf8)
    {
        using var dir = FSDirectory.Open(indexDir);
        using var analyzer = new ArabicAnalyzer(LuceneVersion.LUCENE_48);
        using var writer = new IndexWriter(dir, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer));
        long docCount = 0, bytes = 0;
        Parallel.ForEach(docs, Cores, doc =>
        {
            Count(doc, ref docCount, ref bytes);
            if (doc.Text is null) return;
            var passages = new List<Document>();
            foreach (var p in PassageSplitter.Split(doc.Text))
            {
                passages.Add(new Document
                {
                    new StringField("id", doc.Id, Field.Store.YES),
                    new TextField("text", doc.Text.Substring(p.Start, p.End - p.Start), Field.Store.YES),
                });
            }
            writer.UpdateDocuments(new Term("id", doc.Id), passages);
        });
        writer.Commit();
        documents += docCount;
        utf8 += bytes;
    }
}
