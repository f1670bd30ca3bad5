using TextAnalysis.Tokenization;

namespace TextAnalysis.Extraction.Entities;

/// <summary>
/// The ways a normalized word can be read for a lexicon lookup: as written, and with its detachable proclitics
/// (و، ف، ب، ك، ل and their pairs) taken off. Each reading is a code: the number of letters left out of the span
/// times two, plus one when the elided alef of لل must be restored (للأمم → الأمم) for the lookup.
/// </summary>
internal static class CliticForms
{
    /// <summary>At most this many readings per word.</summary>
    public const int MaxReadings = 4;

    /// <summary>Longest word whose restored form fits a stack buffer.</summary>
    public const int MaxWord = 62;

    /// <summary>Writes the readings of <paramref name="word"/>, the as-written one first; returns how many.</summary>
    public static int Readings(ReadOnlySpan<char> word, Span<int> codes)
    {
        int n = 0;
        codes[n++] = 0;
        if (word.Length < 3 || word.Length > MaxWord) return n;
        var split = Clitics.Split(word);
        if (split.Detachable > 0)
        {
            // لل: try the restored article first (للأمم → الأمم), then the bare rest (للينين → لينين).
            if (split.Article == 1) codes[n++] = split.Detachable * 2 + 1;
            codes[n++] = split.Detachable * 2;
            return n;
        }
        // Clitics before a name without the article (وموسكو، لبغداد، وبتروجراد): only a lexicon can tell.
        if (word.Length >= 4 && IsClitic(word[0])) codes[n++] = 2;
        if (word.Length >= 5 && (word[0] is 'و' or 'ف') && (word[1] is 'ب' or 'ل')) codes[n++] = 4;
        return n;
    }

    /// <summary>Letters of the word left out of the span for reading <paramref name="code"/>.</summary>
    public static int Stripped(int code) => code >> 1;

    /// <summary>The lookup key of reading <paramref name="code"/>; <paramref name="buffer"/> holds restored forms.</summary>
    public static ReadOnlySpan<char> Key(ReadOnlySpan<char> word, int code, Span<char> buffer)
    {
        int strip = code >> 1;
        if ((code & 1) == 0) return word[strip..];
        buffer[0] = 'ا';
        buffer[1] = 'ل';
        var rest = word[(strip + 1)..];
        rest.CopyTo(buffer[2..]);
        return buffer[..(rest.Length + 2)];
    }

    // ك is left out: too many names begin with it (كلاوس ≠ ك + لاوس).
    private static bool IsClitic(char c) => c is 'و' or 'ف' or 'ب' or 'ل';
}
