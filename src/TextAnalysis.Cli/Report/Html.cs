using System.Text;

namespace TextAnalysis.Cli.Report;

/// <summary>HTML text encoding for the report: every piece of corpus text goes through here.</summary>
internal static class Html
{
    /// <summary>Appends <paramref name="text"/> encoded for element content and quoted attribute values.</summary>
    public static StringBuilder Text(this StringBuilder sb, ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                case '\r':
                    if (i + 1 < text.Length && text[i + 1] == '\n') break;
                    sb.Append('\n');
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        sb.Append(c).Append(text[++i]);
                    }
                    else if (char.IsSurrogate(c) || (c < ' ' && c is not ('\n' or '\t')) || c is '\u007f' or '\uFFFE' or '\uFFFF')
                    {
                        // Lone surrogates and control characters are not allowed in HTML text.
                        sb.Append('\uFFFD');
                    }
                    else
                    {
                        sb.Append(c);
                    }
                    break;
            }
        }
        return sb;
    }

    /// <summary>Appends <paramref name="text"/> encoded (string overload).</summary>
    public static StringBuilder Text(this StringBuilder sb, string? text) => text is null ? sb : sb.Text(text.AsSpan());
}
