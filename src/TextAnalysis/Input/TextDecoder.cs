using System.Text;

namespace TextAnalysis.Input;

/// <summary>
/// Turns a file's bytes into its original text. Detects, rather than guesses: byte-order marks (UTF-8, UTF-16,
/// UTF-32), UTF-16 without a mark (by where the zero and 0x06 bytes fall), strict UTF-8, and the legacy Arabic code
/// pages Windows-1256 and ISO-8859-6 (decoded both ways, the one that reads as Arabic words wins). Binary content
/// and bytes that fit none of these are an error.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Lazy<(Encoding Windows1256, Encoding Iso88596)> LegacyArabic = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return (Encoding.GetEncoding(1256, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback),
                Encoding.GetEncoding(28596, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback));
    });

    /// <summary>Decodes <paramref name="bytes"/>; on failure returns false with a reason.</summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out string? error) =>
        TryDecode(bytes, out text, out _, out error);

    /// <summary>Decodes <paramref name="bytes"/> and names the encoding found (utf-8, utf-16le, windows-1256, ...).</summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out string encoding, out string? error)
    {
        error = null;
        encoding = "utf-8";
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return TryUtf8(bytes[3..], out text, out error);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00])) return Decode(new UTF32Encoding(false, false, true), bytes[4..], "utf-32le", out text, out encoding, out error);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Decode(new UnicodeEncoding(false, false, true), bytes[2..], "utf-16le", out text, out encoding, out error);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Decode(new UnicodeEncoding(true, false, true), bytes[2..], "utf-16be", out text, out encoding, out error);
        var utf16 = DetectUtf16(bytes);
        if (utf16 is not null)
            return Decode(new UnicodeEncoding(utf16 == "utf-16be", false, true), bytes, utf16, out text, out encoding, out error);
        if (LooksBinary(bytes))
        {
            text = "";
            error = "binary content (NUL or control bytes), not text";
            return false;
        }
        if (TryUtf8(bytes, out text, out error)) return true;
        if (TryLegacyArabic(bytes, out text, out var legacy))
        {
            encoding = legacy;
            error = null;
            return true;
        }
        error = "not valid UTF-8 (" + error + "), nor Arabic in Windows-1256 or ISO-8859-6";
        return false;
    }

    private static bool Decode(Encoding e, ReadOnlySpan<byte> bytes, string name, out string text, out string encoding, out string? error)
    {
        encoding = name;
        try
        {
            text = e.GetString(bytes);
            error = null;
            return true;
        }
        catch (DecoderFallbackException ex)
        {
            text = "";
            error = $"invalid {name} at byte {ex.Index}";
            return false;
        }
    }

    private static bool TryUtf8(ReadOnlySpan<byte> bytes, out string text, out string? error)
    {
        try
        {
            text = StrictUtf8.GetString(bytes);
            error = null;
            return true;
        }
        catch (DecoderFallbackException e)
        {
            text = "";
            error = $"invalid byte sequence at byte {e.Index}";
            return false;
        }
    }

    // UTF-16 text without a mark has zero bytes in every other position (Latin) or 0x06 there (Arabic).
    private static string? DetectUtf16(ReadOnlySpan<byte> bytes)
    {
        int n = Math.Min(bytes.Length, 8192) & ~1;
        if (n < 4) return null;
        int evenHits = 0, oddHits = 0;
        for (int i = 0; i < n; i += 2)
        {
            if (bytes[i] is 0x00 or 0x06) evenHits++;
            if (bytes[i + 1] is 0x00 or 0x06) oddHits++;
        }
        int pairs = n / 2;
        if (oddHits * 10 >= pairs * 7 && evenHits * 10 < pairs * 2) return "utf-16le";
        if (evenHits * 10 >= pairs * 7 && oddHits * 10 < pairs * 2) return "utf-16be";
        return null;
    }

    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        int n = Math.Min(bytes.Length, 8192), control = 0;
        for (int i = 0; i < n; i++)
        {
            byte b = bytes[i];
            if (b == 0) return true;
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) control++;
        }
        return n > 0 && control * 20 > n;
    }

    // Decodes with both legacy code pages and keeps the one whose high bytes read as Arabic words: Arabic letters
    // count for it; Latin letters glued to Arabic ones and undefined bytes count against it.
    private static bool TryLegacyArabic(ReadOnlySpan<byte> bytes, out string text, out string encoding)
    {
        text = "";
        encoding = "";
        int high = 0;
        foreach (byte b in bytes) if (b >= 0x80) high++;
        if (high == 0) return false;
        var (w1256, iso) = LegacyArabic.Value;
        int bestScore = int.MinValue;
        foreach (var (e, name) in new[] { (w1256, "windows-1256"), (iso, "iso-8859-6") })
        {
            string candidate;
            try { candidate = e.GetString(bytes); }
            catch (DecoderFallbackException) { continue; }
            int arabic = 0, mixed = 0;
            for (int i = 0; i < candidate.Length; i++)
            {
                char c = candidate[i];
                if (Normalization.ArabicChars.IsArabicLetter(c)) arabic++;
                else if ((char.IsAsciiLetter(c) || (c >= '\u00C0' && c <= '\u024F')) &&
                         ((i > 0 && Normalization.ArabicChars.IsArabicLetter(candidate[i - 1])) ||
                          (i + 1 < candidate.Length && Normalization.ArabicChars.IsArabicLetter(candidate[i + 1]))))
                    mixed++;
            }
            if (arabic * 10 < high * 6 || mixed * 10 > arabic) continue;
            int score = arabic - 5 * mixed;
            if (score > bestScore)
            {
                bestScore = score;
                text = candidate;
                encoding = name;
            }
        }
        return bestScore > int.MinValue;
    }
}
