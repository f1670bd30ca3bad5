using System.Text;

namespace TextAnalysis.Input;

/// <summary>
/// Turns a file's bytes into its original text: UTF-8 (with or without BOM), UTF-16 by BOM, and the legacy Arabic
/// code page Windows-1256 when the bytes are not UTF-8 but read as Arabic there. Anything else is an error.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Lazy<Encoding> Windows1256 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1256, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    /// <summary>Decodes <paramref name="bytes"/>; on failure returns false with a reason.</summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out string? error)
    {
        error = null;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return TryUtf8(bytes[3..], out text, out error);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) { text = Encoding.Unicode.GetString(bytes[2..]); return true; }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) { text = Encoding.BigEndianUnicode.GetString(bytes[2..]); return true; }
        if (LooksBinary(bytes))
        {
            text = "";
            error = "binary content (NUL or control bytes), not text";
            return false;
        }
        if (TryUtf8(bytes, out text, out error)) return true;
        if (LooksLikeWindows1256Arabic(bytes, out text))
        {
            error = null;
            return true;
        }
        return false;
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
            error = $"not valid UTF-8 (at byte {e.Index}) and not Windows-1256 Arabic";
            return false;
        }
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

    // Windows-1256 puts the Arabic letters at 0xC1–0xFE (with a few Latin letters among them): accept the code page
    // when most high bytes are Arabic letters there.
    private static bool LooksLikeWindows1256Arabic(ReadOnlySpan<byte> bytes, out string text)
    {
        text = "";
        int high = 0, arabic = 0;
        foreach (byte b in bytes)
        {
            if (b < 0x80) continue;
            high++;
            if ((b >= 0xC1 && b <= 0xDF && b != 0xD7) || b is 0xE1 or 0xE3 or 0xE4 or 0xE5 or 0xE6 or 0xEC or 0xED or 0xF0 or 0xF1 or 0xF2 or 0xF3 or 0xF5 or 0xF6 or 0xF8 or 0xFA)
                arabic++;
        }
        if (high == 0 || arabic * 10 < high * 7) return false;
        try
        {
            text = Windows1256.Value.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
