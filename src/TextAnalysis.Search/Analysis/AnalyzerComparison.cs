using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.TokenAttributes;

namespace TextAnalysis.Search.Analysis;

/// <summary>One word as our analyzer and Lucene's <see cref="ArabicAnalyzer"/> index it.</summary>
/// <param name="Word">The word as written.</param>
/// <param name="Ours">The terms of <see cref="ArabicSearchAnalyzer"/> (space-separated).</param>
/// <param name="Lucene">The terms of Lucene's ArabicAnalyzer (space-separated; empty when it drops the word as a stop word).</param>
public sealed record AnalyzerComparisonRow(string Word, string Ours, string Lucene);

/// <summary>Side-by-side terms of our analyzer and Lucene's ArabicAnalyzer, to see where the stemmers differ.</summary>
public static class AnalyzerComparison
{
    /// <summary>Analyzes each word with both analyzers.</summary>
    public static IReadOnlyList<AnalyzerComparisonRow> Compare(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        using var ours = new ArabicSearchAnalyzer();
        using var lucene = new ArabicAnalyzer(ArabicSearchAnalyzer.Version);
        var rows = new List<AnalyzerComparisonRow>();
        foreach (var word in words) rows.Add(new AnalyzerComparisonRow(word, Terms(ours, word), Terms(lucene, word)));
        return rows;
    }

    private static string Terms(Analyzer analyzer, string text)
    {
        using var stream = analyzer.GetTokenStream("f", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var terms = new List<string>();
        stream.Reset();
        while (stream.IncrementToken()) terms.Add(term.ToString());
        stream.End();
        return string.Join(' ', terms);
    }
}
