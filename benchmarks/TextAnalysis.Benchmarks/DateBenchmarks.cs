using System.Text;
using BenchmarkDotNet.Attributes;
using TextAnalysis.Extraction.Dates;

namespace TextAnalysis.Benchmarks;

/// <summary>
/// Date extraction on one day of SaudiNewsNet (3,730,889 UTF-8 bytes): the text layer and the date extractor
/// together, as a caller runs them (<c>new AnalyzedText(text)</c> then <c>DateExtractor.Default.Extract</c>), and the
/// extractor alone on a text layer built in setup. Throughput in MB/s is the UTF-8 size divided by the mean time.
/// </summary>
[MemoryDiagnoser]
public class DateBenchmarks
{
    private string _text = "";
    private AnalyzedText _analyzed = null!;

    /// <summary>The input's size in UTF-8 bytes, to turn the mean time into MB/s.</summary>
    public int Utf8Bytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = SeedText.Load(SeedText.SaudiNewsNetDay);
        Utf8Bytes = Encoding.UTF8.GetByteCount(_text);
        _analyzed = new AnalyzedText(_text);
        Console.WriteLine($"// {SeedText.SaudiNewsNetDay}: {Utf8Bytes:N0} UTF-8 bytes, {DateExtractor.Default.Extract(_analyzed).Count:N0} dates");
    }

    [Benchmark(Baseline = true, Description = "text layer + dates (SaudiNewsNet day)")]
    public int TextLayerAndDates() => DateExtractor.Default.Extract(new AnalyzedText(_text)).Count;

    [Benchmark(Description = "dates only (SaudiNewsNet day, text layer in setup)")]
    public int DatesOnly() => DateExtractor.Default.Extract(_analyzed).Count;
}
