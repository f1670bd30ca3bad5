using BenchmarkDotNet.Attributes;
using TextAnalysis.Extraction.Dates;
using TextAnalysis.Extraction.Entities;
using TextAnalysis.Extraction.Numbers;

namespace TextAnalysis.Benchmarks;

/// <summary>Each extractor on the seed article (text layer done once in setup), and the whole pipeline.</summary>
[MemoryDiagnoser]
public class ExtractorBenchmarks
{
    private string _text = "";
    private AnalyzedText _analyzed = null!;

    [GlobalSetup]
    public void Setup()
    {
        _text = SeedText.Load();
        _analyzed = new AnalyzedText(_text);
        _ = EntityRecognizer.Default.Recognize(_analyzed); // load gazetteers outside the measurement
    }

    [Benchmark(Description = "dates")]
    public int Dates() => DateExtractor.Default.Extract(_analyzed).Count;

    [Benchmark(Description = "numbers")]
    public int Numbers() => NumberExtractor.Default.Extract(_analyzed).Count;

    [Benchmark(Description = "entities")]
    public int Entities() => EntityRecognizer.Default.Recognize(_analyzed).Count;

    [Benchmark(Description = "whole pipeline (text layer + all extractors)")]
    public int Pipeline()
    {
        var record = TextAnalyzer.Default.Analyze(_text, "seed");
        return record.Dates!.Count + record.Numbers!.Count + record.Entities!.Count;
    }
}
