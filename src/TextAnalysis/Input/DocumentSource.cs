using System.Net;
using System.Text;

namespace TextAnalysis.Input;

/// <summary>
/// Reads documents from files, folders (recursively, <c>.txt</c> and <c>.html</c> files in ordinal order) and
/// line files. A document that cannot be read is yielded with its error, never dropped.
/// </summary>
public static class DocumentSource
{
    /// <summary>File extensions read from folders.</summary>
    public static IReadOnlyList<string> FolderExtensions { get; } = [".txt", ".html", ".htm"];

    /// <summary>The documents under <paramref name="paths"/>: files as given, folders walked recursively.</summary>
    public static IEnumerable<SourceDocument> FromPaths(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in EnumerateFolder(path)) yield return ReadFile(file);
            }
            else
            {
                yield return ReadFile(path);
            }
        }
    }

    /// <summary>Each non-empty line of <paramref name="file"/> as a document with id <c>FILE#N</c> (N from 1).</summary>
    public static IEnumerable<SourceDocument> FromLines(string file)
    {
        string text;
        try
        {
            text = Decode(file, File.ReadAllBytes(file));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return [SourceDocument.Failed(file, file, e.Message)];
        }
        return Lines(file, text);
    }

    private static IEnumerable<SourceDocument> Lines(string file, string text)
    {
        int n = 0;
        foreach (var line in text.Split('\n'))
        {
            n++;
            var content = line.TrimEnd('\r');
            if (string.IsNullOrWhiteSpace(content)) continue;
            string id = $"{file}#{n}";
            yield return SourceDocument.Read(id, id, content);
        }
    }

    /// <summary>Reads one file into a document, or a failed document with the reason.</summary>
    public static SourceDocument ReadFile(string path)
    {
        try
        {
            var bytes = File.ReadAllBytes(path);
            var text = Decode(path, bytes);
            return SourceDocument.Read(path, path, text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or NotSupportedException or ArgumentException)
        {
            string what = e switch
            {
                FileNotFoundException or DirectoryNotFoundException => "no such file or folder",
                UnauthorizedAccessException => "permission denied",
                _ => e.Message,
            };
            return SourceDocument.Failed(path, path, what);
        }
    }

    private static string Decode(string path, byte[] bytes)
    {
        if (!TextDecoder.TryDecode(bytes, out var text, out var error))
            throw new InvalidDataException(error);
        var ext = Path.GetExtension(path);
        if (ext.Equals(".html", StringComparison.OrdinalIgnoreCase) || ext.Equals(".htm", StringComparison.OrdinalIgnoreCase))
            text = HtmlText.Extract(text);
        return text;
    }

    private static IEnumerable<string> EnumerateFolder(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };
        return Directory.EnumerateFiles(folder, "*", options)
            .Where(f => FolderExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
    }
}

/// <summary>The text of an HTML page: tags dropped, scripts and styles removed, block elements as line breaks, entities decoded.</summary>
public static class HtmlText
{
    private static readonly string[] BlockTags = ["p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header", "footer", "title", "td", "th", "ul", "ol", "table", "blockquote"];

    /// <summary>Extracts the readable text of <paramref name="html"/>.</summary>
    public static string Extract(string html)
    {
        var sb = new StringBuilder(html.Length / 2);
        int i = 0;
        while (i < html.Length)
        {
            char c = html[i];
            if (c != '<')
            {
                int next = html.IndexOf('<', i);
                if (next < 0) next = html.Length;
                sb.Append(WebUtility.HtmlDecode(html[i..next]));
                i = next;
                continue;
            }
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                int close = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = close < 0 ? html.Length : close + 3;
                continue;
            }
            int end = html.IndexOf('>', i + 1);
            if (end < 0) { sb.Append(html.AsSpan(i)); break; }
            var tag = TagName(html.AsSpan(i + 1, end - i - 1));
            if (tag is "script" or "style" or "noscript" or "template")
            {
                int close = html.IndexOf("</" + tag, end, StringComparison.OrdinalIgnoreCase);
                int closeEnd = close < 0 ? -1 : html.IndexOf('>', close);
                i = closeEnd < 0 ? html.Length : closeEnd + 1;
                continue;
            }
            if (BlockTags.Contains(tag)) sb.Append('\n');
            i = end + 1;
        }
        return sb.ToString();
    }

    private static string TagName(ReadOnlySpan<char> inner)
    {
        inner = inner.TrimStart('/').TrimStart();
        int n = 0;
        while (n < inner.Length && char.IsAsciiLetterOrDigit(inner[n])) n++;
        return inner[..n].ToString().ToLowerInvariant();
    }
}
