using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using TextAnalysis.Normalization;
using TextAnalysis.Tokenization;

namespace TextAnalysis.Search.Analysis;

/// <summary>
/// A Lucene tokenizer over the core text layer: it normalizes the input with <see cref="ArabicNormalizer.Search"/>,
/// cuts it with <see cref="TokenCursor"/>, and emits the normalized form of every word and number. Punctuation
/// (a tatweel dash included) yields no token. Offsets point into the ORIGINAL text, so a highlighter can mark the
/// words as they were written.
/// </summary>
public sealed class ArabicTextTokenizer : Lucene.Net.Analysis.Tokenizer
{
    /// <summary>Token type of an Arabic word.</summary>
    public const string ArabicType = "<ARABIC>";
    /// <summary>Token type of a Latin (non-Arabic script) word.</summary>
    public const string LatinType = "<LATIN>";
    /// <summary>Token type of a number.</summary>
    public const string NumberType = "<NUM>";

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _position;
    private readonly ITypeAttribute _type;
    private readonly ArabicNormalizer _normalizer;

    // Reused from document to document: the input read so far and its normalized view with the offset map.
    private readonly NormalizationBuffer _normalized = new();
    private char[] _input = new char[1024];
    private bool _filled;
    private int _pos;

    /// <summary>Creates a tokenizer reading <paramref name="input"/>, normalizing with the search profile.</summary>
    public ArabicTextTokenizer(TextReader input) : this(input, ArabicNormalizer.Search)
    {
    }

    /// <summary>Creates a tokenizer reading <paramref name="input"/> with the given normalizer.</summary>
    public ArabicTextTokenizer(TextReader input, ArabicNormalizer normalizer) : base(input)
    {
        ArgumentNullException.ThrowIfNull(normalizer);
        _normalizer = normalizer;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        ClearAttributes();
        if (!_filled)
        {
            int read = ReadAll(m_input, ref _input);
            _normalized.Normalize(_normalizer, _input.AsSpan(0, read));
            _filled = true;
        }
        var normalized = _normalized.Text;
        var cursor = new TokenCursor(normalized[_pos..]);
        while (cursor.MoveNext())
        {
            var (kind, s, e) = cursor.Current;
            if (kind == TokenKind.Punctuation) continue;
            s += _pos;
            e += _pos;
            _pos = e;
            int length = e - s;
            var buffer = _term.ResizeBuffer(length);
            normalized[s..e].CopyTo(buffer);
            _term.Length = length;
            var (os, oe) = _normalized.ToOriginal(s, e);
            _offset.SetOffset(CorrectOffset(os), CorrectOffset(oe));
            _position.PositionIncrement = 1;
            _type.Type = kind switch
            {
                TokenKind.Arabic => ArabicType,
                TokenKind.Number => NumberType,
                _ => LatinType,
            };
            return true;
        }
        _pos = normalized.Length;
        return false;
    }

    /// <inheritdoc />
    public override void End()
    {
        base.End();
        int final = CorrectOffset(_filled ? _normalized.OriginalLength : 0);
        _offset.SetOffset(final, final);
    }

    /// <inheritdoc />
    public override void Reset()
    {
        base.Reset();
        _filled = false;
        _pos = 0;
    }

    // Reads the whole input into the reusable buffer, growing it when needed; returns the length read.
    private static int ReadAll(TextReader reader, ref char[] buffer)
    {
        int length = 0;
        while (true)
        {
            if (length == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
            int read = reader.Read(buffer, length, buffer.Length - length);
            if (read <= 0) return length;
            length += read;
        }
    }
}
