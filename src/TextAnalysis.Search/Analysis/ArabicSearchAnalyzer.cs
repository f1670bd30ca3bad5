using Lucene.Net.Analysis;
using Lucene.Net.Util;
using TextAnalysis.Normalization;

namespace TextAnalysis.Search.Analysis;

/// <summary>
/// The Arabic analyzer of the index (<see cref="LuceneVersion.LUCENE_48"/>): search normalization and tokenization
/// from the core (<see cref="ArabicTextTokenizer"/>, offsets in the original text, no punctuation tokens) and, unless
/// switched off, the core <see cref="Stemming.LightStemmer"/> (<see cref="LightStemFilter"/>). Without stemming it
/// serves exact and phrase fields.
/// </summary>
public sealed class ArabicSearchAnalyzer : Analyzer
{
    /// <summary>The Lucene version the analysis chain follows.</summary>
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Creates an analyzer; <paramref name="stemming"/> false gives normalized, unstemmed terms.</summary>
    public ArabicSearchAnalyzer(bool stemming = true)
    {
        Stemming = stemming;
    }

    /// <summary>True when terms are stemmed with the light stemmer.</summary>
    public bool Stemming { get; }

    /// <summary>Positions left between the values of a multi-valued field (0: none), so that a phrase cannot
    /// match across two values.</summary>
    public int PositionGap { get; init; }

    /// <inheritdoc />
    public override int GetPositionIncrementGap(string fieldName) => PositionGap;

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new ArabicTextTokenizer(reader, ArabicNormalizer.Search);
        return Stemming ? new TokenStreamComponents(tokenizer, new LightStemFilter(tokenizer)) : new TokenStreamComponents(tokenizer);
    }
}
