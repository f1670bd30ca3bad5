namespace TextAnalysis.Tokenization;

/// <summary>What a token is made of.</summary>
public enum TokenKind : byte
{
    /// <summary>A word in Arabic script.</summary>
    Arabic = 1,
    /// <summary>A word in Latin (or another non-Arabic) script.</summary>
    Latin = 2,
    /// <summary>Digits, with their internal thousands and decimal separators.</summary>
    Number = 3,
    /// <summary>A single punctuation mark or symbol (a tatweel used as a dash is one).</summary>
    Punctuation = 4,
}

/// <summary>
/// A token: its kind, its span in the original text, and its span in the normalized text the tokenizer read.
/// Holds no string: read its text with <see cref="AnalyzedText.Surface(in Token)"/> or <see cref="AnalyzedText.Form(in Token)"/>.
/// </summary>
/// <param name="Kind">What the token is made of.</param>
/// <param name="Start">Start in the original text (UTF-16 index).</param>
/// <param name="End">End in the original text, exclusive.</param>
/// <param name="NormStart">Start in the normalized text.</param>
/// <param name="NormEnd">End in the normalized text, exclusive.</param>
public readonly record struct Token(TokenKind Kind, int Start, int End, int NormStart, int NormEnd)
{
    /// <summary>Length of the normalized form.</summary>
    public int NormLength => NormEnd - NormStart;

    /// <summary>Length in the original text.</summary>
    public int Length => End - Start;
}
