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
