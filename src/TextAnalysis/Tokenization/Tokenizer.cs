using TextAnalysis.Normalization;

namespace TextAnalysis.Tokenization;

/// <summary>
/// Splits a normalized text into Arabic words, Latin words, numbers and punctuation. Every token carries its
/// offsets in both the normalized and the original text. Stateless and thread-safe.
/// </summary>
public static class Tokenizer
{
    /// <summary>Tokenizes <paramref name="text"/> into a new list.</summary>
    public static List<Token> Tokenize(NormalizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(text.Text.Length / 5 + 4);
        var cursor = new TokenCursor(text.Text);
        while (cursor.MoveNext())
        {
            var (kind, s, e) = cursor.Current;
            var (os, oe) = text.ToOriginal(s, e);
            tokens.Add(new Token(kind, os, oe, s, e));
        }
        return tokens;
    }

    /// <summary>The classes that decide token boundaries.</summary>
    internal static bool IsLatinWordChar(char c) =>
        c < '\u0080' ? char.IsAsciiLetterOrDigit(c) : (char.IsLetterOrDigit(c) && !ArabicChars.IsArabicWordChar(c) && !ArabicChars.IsAnyDigit(c));
}

/// <summary>
/// A cursor over the tokens of a span of text that allocates nothing: the span API under
/// <see cref="Tokenizer.Tokenize(NormalizedText)"/>. Offsets are indexes into the span.
/// </summary>
public ref struct TokenCursor
{
    private readonly ReadOnlySpan<char> _text;
    private int _pos;

    /// <summary>Starts a cursor at the beginning of <paramref name="text"/>.</summary>
    public TokenCursor(ReadOnlySpan<char> text)
    {
        _text = text;
        _pos = 0;
        Current = default;
    }

    /// <summary>The current token: kind, start, end (exclusive).</summary>
    public (TokenKind Kind, int Start, int End) Current { get; private set; }

    /// <summary>Moves to the next token; false at the end of the text.</summary>
    public bool MoveNext()
    {
        var s = _text;
        int i = _pos;
        while (i < s.Length && (CharClasses.Of(s[i]) & (CharClass.Space | CharClass.Invisible)) != 0) i++;
        if (i >= s.Length)
        {
            _pos = i;
            return false;
        }
        int start = i;
        char c = s[i];
        var cls = CharClasses.Of(c);
        TokenKind kind;
        if ((cls & CharClass.ArabicLetter) != 0 ||
            ((cls & CharClass.Diacritic) != 0 && i + 1 < s.Length && (CharClasses.Of(s[i + 1]) & CharClass.ArabicWord) != 0))
        {
            kind = TokenKind.Arabic;
            i++;
            while (i < s.Length && (CharClasses.Of(s[i]) & CharClass.ArabicWord) != 0) i++;
        }
        else if ((cls & CharClass.Digit) != 0)
        {
            kind = TokenKind.Number;
            i++;
            while (i < s.Length)
            {
                if ((CharClasses.Of(s[i]) & CharClass.Digit) != 0) { i++; continue; }
                if (IsNumberSeparator(s[i]) && i + 1 < s.Length && (CharClasses.Of(s[i + 1]) & CharClass.Digit) != 0) { i += 2; continue; }
                break;
            }
        }
        else if ((cls & CharClass.LatinWord) != 0)
        {
            kind = TokenKind.Latin;
            i++;
            while (i < s.Length && (CharClasses.Of(s[i]) & CharClass.LatinWord) != 0) i++;
        }
        else
        {
            kind = TokenKind.Punctuation;
            if (c == ArabicChars.Tatweel)
            {
                while (i + 1 < s.Length && s[i + 1] == ArabicChars.Tatweel) i++;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
            }
            i++;
        }
        _pos = i;
        Current = (kind, start, i);
        return true;
    }

    private static bool IsNumberSeparator(char c) => c == '.' || c == ',' || c == '\u066B' || c == '\u066C';
}
