using BenchmarkDotNet.Attributes;
using TextAnalysis.Extraction.Entities;

namespace TextAnalysis.Benchmarks;

/// <summary>
/// The trained entity tagger on one day of SaudiNewsNet (text layer done once in setup): the model alone (per-token
/// word classes, features, scoring and Viterbi decoding), and the whole entity stage (model, gazetteer, rules and
/// mention resolution). Tokens per second = <see cref="Tokens"/> / mean time. The setup prints the token count and
/// the size of the embedded model.
/// </summary>
[MemoryDiagnoser]
public class TaggerBenchmarks
{
    private AnalyzedText _analyzed = null!;
    private NerModel _model = null!;

    /// <summary>Tokens in the input.</summary>
    public int Tokens => _analyzed.Tokens.Count;

    [GlobalSetup]
    public void Setup()
    {
        _analyzed = new AnalyzedText(SeedText.Load(SeedText.SaudiNewsNetDay));
        _model = NerModel.Default ?? throw new InvalidOperationException("no embedded entity model");
        _ = EntityRecognizer.Default.Recognize(_analyzed);
        using var stream = EntityLexicon.OpenResource(NerModel.FileName);
        Console.WriteLine($"// tagger input: {Tokens} tokens; model: {stream.Length} bytes, {_model.ActiveFeatures} active features");
    }

    [Benchmark(Description = "tagger (model only)")]
    public int Tagger()
    {
        var context = new EntityContext(_analyzed, EntityLexicon.Default);
        return _model.Decode(new NerFeatures(context), context.Count).Length;
    }

    [Benchmark(Description = "entity stage (model + gazetteer + rules)")]
    public int Entities() => EntityRecognizer.Default.Recognize(_analyzed).Count;
}
