using System.Globalization;
using TextAnalysis.Normalization;

namespace TextAnalysis.Extraction.Numbers;

/// <summary>
/// Reads a number written in digits of any script with its separators, from the original surface (so that the Arabic
/// decimal separator ٫ and thousands separator ٬ keep their meaning): 1,250,000 · ١٬٢٥٠ · 3.5 · ٣٫٥ · Maghrebi 1,5.
/// </summary>
public static class DigitNumber
{
    private const char ArabicDecimal = '\u066B', ArabicThousands = '\u066C';

    private static bool IsSeparator(char c) => c is '.' or ',' or ArabicDecimal or ArabicThousands;

    /// <summary>Parses <paramref name="surface"/> (digits and separators only); false when it is not a well-formed number.
    /// A number too long for a double (several hundred digits) comes back as positive infinity: callers flag it as an
    /// overflow rather than write it.</summary>
    public static bool TryParse(ReadOnlySpan<char> surface, out double value)
    {
        value = 0;
        if (surface.IsEmpty) return false;
        int dots = 0, commas = 0, lastDot = -1, lastComma = -1, arabicDecimal = -1;
        bool arabicThousands = false;
        for (int i = 0; i < surface.Length; i++)
        {
            char c = surface[i];
            if (ArabicChars.IsAnyDigit(c)) continue;
            switch (c)
            {
                case '.': dots++; lastDot = i; break;
                case ',': commas++; lastComma = i; break;
                case ArabicDecimal:
                    if (arabicDecimal >= 0) return false;
                    arabicDecimal = i;
                    break;
                case ArabicThousands: arabicThousands = true; break;
                default: return false;
            }
        }

        // Decide which separator (if any) is the decimal point; every other separator groups thousands.
        int decimalAt = -1;
        if (arabicDecimal >= 0) decimalAt = arabicDecimal;
        else if (dots > 0 && commas > 0)
        {
            // 1,250.75 or 1.250,75: the last kind is the decimal point and appears once.
            decimalAt = Math.Max(lastDot, lastComma);
            if ((decimalAt == lastDot ? dots : commas) != 1) return false;
        }
        else if (arabicThousands) decimalAt = dots == 1 ? lastDot : commas == 1 ? lastComma : -1;
        else if (dots == 1) decimalAt = lastDot;
        else if (commas == 1 && !IsThousandsGrouping(surface, lastComma)) decimalAt = lastComma;
        if (decimalAt >= 0 && (dots + commas + (arabicDecimal >= 0 ? 1 : 0)) > 1)
        {
            // The decimal separator must come after every grouping separator.
            for (int i = decimalAt + 1; i < surface.Length; i++)
                if (IsSeparator(surface[i])) return false;
        }

        // Every grouping separator is followed by exactly three digits (12.10.2024 is no number).
        int run = -1;
        for (int i = 0; i < surface.Length; i++)
        {
            if (ArabicChars.IsAnyDigit(surface[i]))
            {
                if (run >= 0) run++;
                continue;
            }
            if (run >= 0 && run != 3) return false;
            run = i == decimalAt ? -1 : 0;
            if (i == decimalAt) break;
        }
        if (run >= 0 && run != 3) return false;

        Span<char> buffer = surface.Length <= 128 ? stackalloc char[surface.Length] : new char[surface.Length];
        int n = 0;
        for (int i = 0; i < surface.Length; i++)
        {
            char c = surface[i];
            int d = ArabicChars.DigitValue(c);
            if (d >= 0) buffer[n++] = (char)('0' + d);
            else if (i == decimalAt) buffer[n++] = '.';
        }
        if (!double.TryParse(buffer[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)) return false;
        if (double.IsNaN(value)) value = double.PositiveInfinity;
        return true;
    }

    // A single comma groups thousands when exactly three digits follow it and one to three precede it (89,500);
    // otherwise it is a Maghrebi decimal comma (1,5).
    private static bool IsThousandsGrouping(ReadOnlySpan<char> s, int comma)
    {
        int after = s.Length - comma - 1;
        return after == 3 && comma >= 1 && comma <= 3;
    }

    /// <summary>True when the surface holds separators (so it is not a bare integer).</summary>
    public static bool HasSeparator(ReadOnlySpan<char> surface)
    {
        foreach (char c in surface)
            if (IsSeparator(c)) return true;
        return false;
    }
}
