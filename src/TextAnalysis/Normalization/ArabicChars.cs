namespace TextAnalysis.Normalization;

/// <summary>Character classes of Arabic script used across the library.</summary>
public static class ArabicChars
{
    /// <summary>Arabic tatweel (kashida), U+0640.</summary>
    public const char Tatweel = '\u0640';

    /// <summary>True for harakat, tanween, shadda, sukun, dagger alef and Quranic annotation marks.</summary>
    public static bool IsDiacritic(char c) =>
        (c >= '\u064B' && c <= '\u065F') || c == '\u0670' ||
        (c >= '\u0610' && c <= '\u061A') || (c >= '\u06D6' && c <= '\u06DC') ||
        (c >= '\u06DF' && c <= '\u06E4') || c == '\u06E7' || c == '\u06E8' || (c >= '\u06EA' && c <= '\u06ED') ||
        (c >= '\u08D3' && c <= '\u08FF' && c != '\u08E2');

    /// <summary>True for letters of the Arabic block and its supplements (not digits, punctuation or marks).</summary>
    public static bool IsArabicLetter(char c) =>
        (c >= '\u0621' && c <= '\u063F') || (c >= '\u0641' && c <= '\u064A') ||
        (c >= '\u0671' && c <= '\u06D3') || c == '\u06D5' || c == '\u06EE' || c == '\u06EF' ||
        (c >= '\u06FA' && c <= '\u06FC') || c == '\u06FF' ||
        (c >= '\u0750' && c <= '\u077F') || (c >= '\u08A0' && c <= '\u08C9');

    /// <summary>True for any character that can stand inside an Arabic word: letters, diacritics, tatweel.</summary>
    public static bool IsArabicWordChar(char c) => IsArabicLetter(c) || IsDiacritic(c) || c == Tatweel;

    /// <summary>The value 0–9 of an ASCII, Arabic-Indic or Eastern Arabic digit, or -1.</summary>
    public static int DigitValue(char c)
    {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= '\u0660' && c <= '\u0669') return c - '\u0660';
        if (c >= '\u06F0' && c <= '\u06F9') return c - '\u06F0';
        return -1;
    }

    /// <summary>True for an ASCII, Arabic-Indic or Eastern Arabic digit.</summary>
    public static bool IsAnyDigit(char c) => DigitValue(c) >= 0;

    /// <summary>True for zero-width and bidi controls that carry no text.</summary>
    public static bool IsInvisibleControl(char c) =>
        (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E') ||
        (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF' || c == '\u061C' || c == '\u00AD' || c == '\u2060';

    /// <summary>True for Unicode spaces other than the ASCII space and line breaks (no-break, thin, ideographic…).</summary>
    public static bool IsOtherSpace(char c) =>
        c == '\u00A0' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F' || c == '\u3000';

    /// <summary>True for Arabic presentation-form code points (U+FB50–FDFF, U+FE70–FEFF).</summary>
    public static bool IsPresentationForm(char c) => (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFE');
}

/// <summary>Character classes as flags, looked up in one table (the tokenizer's hot path).</summary>
[Flags]
internal enum CharClass : byte
{
    None = 0,
    ArabicLetter = 1,
    Diacritic = 2,
    Tatweel = 4,
    Digit = 8,
    LatinWord = 16,
    Space = 32,
    Invisible = 64,

    ArabicWord = ArabicLetter | Diacritic | Tatweel,
}

internal static class CharClasses
{
    private static readonly CharClass[] Table = Build();

    public static CharClass Of(char c) => Table[c];

    private static CharClass[] Build()
    {
        var table = new CharClass[char.MaxValue + 1];
        for (int i = 0; i <= char.MaxValue; i++)
        {
            char c = (char)i;
            var k = CharClass.None;
            if (ArabicChars.IsArabicLetter(c)) k |= CharClass.ArabicLetter;
            if (ArabicChars.IsDiacritic(c)) k |= CharClass.Diacritic;
            if (c == ArabicChars.Tatweel) k |= CharClass.Tatweel;
            if (ArabicChars.IsAnyDigit(c)) k |= CharClass.Digit;
            if (char.IsWhiteSpace(c)) k |= CharClass.Space;
            if (ArabicChars.IsInvisibleControl(c)) k |= CharClass.Invisible;
            bool latin = c < '\u0080'
                ? char.IsAsciiLetterOrDigit(c)
                : char.IsLetterOrDigit(c) && !ArabicChars.IsArabicWordChar(c) && !ArabicChars.IsAnyDigit(c);
            if (latin) k |= CharClass.LatinWord;
            table[i] = k;
        }
        return table;
    }
}
