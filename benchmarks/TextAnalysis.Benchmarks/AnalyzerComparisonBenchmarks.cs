using BenchmarkDotNet.Attributes;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using TextAnalysis.Search.Analysis;
using TextAnalysis.Stemming;
using TextAnalysis.Tokenization;

namespace TextAnalysis.Benchmarks;

/// <summary>
/// The full analysis chain for search (normalize + tokenize + stem) on the same inputs, document by document as an
/// indexer sees them: Lucene's ArabicAnalyzer, ours as a Lucene analyzer, and ours through the span API (no Lucene,
/// no allocation per token).
/// </summary>
[MemoryDiagnoser]
public class AnalyzerComparisonBenchmarks
{
    private string[] _documents = [];
    private Analyzer _lucene = null!;
    private Analyzer _ours = null!;
    private char[] _buffer = [];

    [Params(SeedText.Seed, SeedText.SaudiNewsNetDay)]
    public string Input { get; set; } = SeedText.Seed;

    [GlobalSetup]
    public void Setup()
    {
        _documents = [.. SeedText.LoadDocuments(Input)];
        _lucene = new ArabicAnalyzer(LuceneVersion.LUCENE_48);
        _ours = new ArabicSearchAnalyzer();
        _buffer = new char[_documents.Max(d => d.Length) * 2 + 64];
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _lucene.Dispose();
        _ours.Dispose();
    }

    [Benchmark(Baseline = true, Description = "Lucene ArabicAnalyzer")]
    public int Lucene() => Count(_lucene);

    [Benchmark(Description = "ours, Lucene analyzer (offsets into the original)")]
    public int OursLucene() => Count(_ours);

    [Benchmark(Description = "ours, span API (normalize + TokenCursor + stem in place)")]
    public int OursSpan()
    {
        int total = 0;
        foreach (var document in _documents) total += OursSpan(document);
        return total;
    }

    private int OursSpan(string text)
    {
        TextAnalysis.Normalization.ArabicNormalizer.Search.TryNormalize(text, _buffer, out int written);
        var normalized = _buffer.AsSpan(0, written);
        var cursor = new TokenCursor(normalized);
        int total = 0;
        while (cursor.MoveNext())
        {
            var (kind, s, e) = cursor.Current;
            if (kind == TokenKind.Punctuation) continue;
            if (kind != TokenKind.Arabic)
            {
                total += e - s;
                continue;
            }
            // Stemmed where it lies in the normalized buffer (the cursor has moved past it): the stem is
            // normalized.Slice(s + start, length).
            total += LightStemmer.Stem(normalized[s..e], out int start) + start;
        }
        return total;
    }

    private int Count(Analyzer analyzer)
    {
        int total = 0;
        foreach (var document in _documents) total += Count(analyzer, document);
        return total;
    }

    private static int Count(Analyzer analyzer, string text)
    {
        int n = 0;
        using var stream = analyzer.GetTokenStream("text", new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) n += term.Length;
        stream.End();
        return n;
    }
}
