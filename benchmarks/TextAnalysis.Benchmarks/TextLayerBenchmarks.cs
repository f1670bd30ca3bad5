using BenchmarkDotNet.Attributes;
using TextAnalysis.Normalization;
using TextAnalysis.Tokenization;

namespace TextAnalysis.Benchmarks;

/// <summary>The text layer on the seed article: normalization, tokenization, sentences.</summary>
[MemoryDiagnoser]
public class TextLayerBenchmarks
{
    private string _text = "";
    private NormalizedText _normalized = null!;

    [GlobalSetup]
    public void Setup()
    {
        _text = SeedText.Load();
        _normalized = ArabicNormalizer.Search.Normalize(_text);
    }

    [Benchmark(Description = "normalize (search profile, with offset map)")]
    public int NormalizeSearch() => ArabicNormalizer.Search.Normalize(_text).Text.Length;

    [Benchmark(Description = "normalize (light profile, with offset map)")]
    public int NormalizeLight() => ArabicNormalizer.Light.Normalize(_text).Text.Length;

    [Benchmark(Description = "tokenize (span cursor, no allocation)")]
    public int TokenCursor()
    {
        var cursor = new TokenCursor(_normalized.Text);
        int n = 0;
        while (cursor.MoveNext()) n++;
        return n;
    }

    [Benchmark(Description = "tokenize (token list with original offsets)")]
    public int TokenList() => Tokenizer.Tokenize(_normalized).Count;

    [Benchmark(Description = "normalize + tokenize + sentences")]
    public int TextLayer() => new AnalyzedText(_text).Sentences.Count;
}
