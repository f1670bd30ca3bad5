using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using TextAnalysis.Stemming;

namespace TextAnalysis.Search.Analysis;

/// <summary>
/// Applies <see cref="LightStemmer"/> to each Arabic token in place, unless it is marked as a keyword. A word that
/// begins with لل (after و or ف) has two readings: ل + the article (للثورة = ل + الثورة) and ل + a word that itself
/// begins with ل (للينين = ل + لينين). The stemmer takes the first; when the second stems differently, it is added
/// at the same position, so both لينين and للينين find the passages that write للينين.
/// </summary>
public sealed class LightStemFilter : TokenFilter
{
    private const char Lam = 'ل';
    private const int MinRest = 3;

    private readonly ICharTermAttribute _term;
    private readonly ITypeAttribute _type;
    private readonly IKeywordAttribute _keyword;
    private readonly IPositionIncrementAttribute _position;
    private readonly IOffsetAttribute _offset;
    private readonly char[] _alternative = new char[LightStemmer.MaxWordLength];
    private int _alternativeLength;

    // The second reading waiting to be emitted, and the offsets of its word. (Capturing and restoring the whole
    // attribute state instead cloned every attribute for one word in twenty or so.)
    private bool _pending;
    private int _pendingStart, _pendingEnd;

    /// <summary>Wraps <paramref name="input"/>.</summary>
    public LightStemFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _type = AddAttribute<ITypeAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (_pending)
        {
            // The same word (an Arabic one, no keyword), at the same position, read the other way.
            _pending = false;
            ClearAttributes();
            _alternative.AsSpan(0, _alternativeLength).CopyTo(_term.ResizeBuffer(_alternativeLength));
            _term.Length = _alternativeLength;
            _offset.SetOffset(_pendingStart, _pendingEnd);
            _type.Type = ArabicTextTokenizer.ArabicType;
            _position.PositionIncrement = 0;
            return true;
        }
        if (!m_input.IncrementToken()) return false;
        if (_keyword.IsKeyword || _type.Type != ArabicTextTokenizer.ArabicType) return true;

        var word = _term.Buffer.AsSpan(0, _term.Length);
        bool twoReadings = LamLamReading(word);
        _term.Length = LightStemmer.Stem(word);
        if (twoReadings && !_term.Buffer.AsSpan(0, _term.Length).SequenceEqual(_alternative.AsSpan(0, _alternativeLength)))
        {
            _pending = true;
            _pendingStart = _offset.StartOffset;
            _pendingEnd = _offset.EndOffset;
        }
        return true;
    }

    /// <inheritdoc />
    public override void Reset()
    {
        base.Reset();
        _pending = false;
    }

    // For [و|ف]?لل + at least MinRest letters: stems the reading ل + (ل…) into _alternative; false otherwise.
    private bool LamLamReading(ReadOnlySpan<char> word)
    {
        int c = word.Length > 0 && word[0] is 'و' or 'ف' ? 1 : 0;
        if (word.Length - c - 2 < MinRest || word.Length > LightStemmer.MaxWordLength || word[c] != Lam || word[c + 1] != Lam)
            return false;
        var rest = word[(c + 1)..];
        rest.CopyTo(_alternative);
        _alternativeLength = LightStemmer.Stem(_alternative.AsSpan(0, rest.Length));
        return true;
    }
}
