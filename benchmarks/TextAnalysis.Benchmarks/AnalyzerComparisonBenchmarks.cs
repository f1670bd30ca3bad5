using BenchmarkDotNet.Attributes;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace TextAnalysis.Benchmarks;

/// <summary>The full analysis chain for search (normalize + tokenize + stem) on the seed: ours against Lucene's
/// ArabicAnalyzer, both as Lucene token streams over the same text.</summary>
[MemoryDiagnoser]
public class AnalyzerComparisonBenchmarks
{
    private string _text = "";
    private Analyzer _lucene = null!;
    private Analyzer _ours = null!;

    [GlobalSetup]
    public void Setup()
    {
        _text = SeedText.Load();
        _lucene = new ArabicAnalyzer(LuceneVersion.LUCENE_48);
        _ours = new TextAnalysis.Search.Analysis.ArabicSearchAnalyzer();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _lucene.Dispose();
        _ours.Dispose();
    }

    [Benchmark(Baseline = true, Description = "Lucene ArabicAnalyzer")]
    public int Lucene() => Count(_lucene);

    [Benchmark(Description = "TextAnalysis ArabicSearchAnalyzer")]
    public int Ours() => Count(_ours);

    private int Count(Analyzer analyzer)
    {
        int n = 0;
        using var stream = analyzer.GetTokenStream("text", new StringReader(_text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) n += term.Length;
        stream.End();
        return n;
    }
}
