using System.Text;
using BenchmarkDotNet.Attributes;
using TextAnalysis.Extraction.Numbers;

namespace TextAnalysis.Benchmarks;

/// <summary>
/// Number extraction on one day of SaudiNewsNet: the text layer (<c>new AnalyzedText(text)</c>) plus
/// <see cref="NumberExtractor.Extract"/>, and the extractor alone on a text analyzed once. Throughput is the day's UTF-8
/// size (printed at setup) divided by the mean time.
/// </summary>
[MemoryDiagnoser]
public class NumberBenchmarks
{
    private string _text = "";
    private AnalyzedText _analyzed = null!;

    [GlobalSetup]
    public void Setup()
    {
        _text = SeedText.Load(SeedText.SaudiNewsNetDay);
        _analyzed = new AnalyzedText(_text);
        Console.WriteLine($"// input: {Encoding.UTF8.GetByteCount(_text):N0} UTF-8 bytes, {_analyzed.Tokens.Count:N0} tokens, " +
                          $"{NumberExtractor.Default.Extract(_analyzed).Count:N0} numbers");
    }

    [Benchmark(Baseline = true, Description = "text layer + numbers (SaudiNewsNet day)")]
    public int TextLayerAndNumbers() => NumberExtractor.Default.Extract(new AnalyzedText(_text)).Count;

    [Benchmark(Description = "numbers only (text analyzed once)")]
    public int NumbersOnly() => NumberExtractor.Default.Extract(_analyzed).Count;
}
