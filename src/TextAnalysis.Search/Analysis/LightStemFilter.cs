using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using TextAnalysis.Stemming;

namespace TextAnalysis.Search.Analysis;

/// <summary>Applies <see cref="LightStemmer"/> to each Arabic token in place, unless it is marked as a keyword.</summary>
public sealed class LightStemFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly ITypeAttribute _type;
    private readonly IKeywordAttribute _keyword;

    /// <summary>Wraps <paramref name="input"/>.</summary>
    public LightStemFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _type = AddAttribute<ITypeAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        if (!_keyword.IsKeyword && _type.Type == ArabicTextTokenizer.ArabicType)
            _term.Length = LightStemmer.Stem(_term.Buffer.AsSpan(0, _term.Length));
        return true;
    }
}
