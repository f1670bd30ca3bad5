namespace TextAnalysis.Input;

/// <summary>
/// Counts the bytes of input read so far (as stored: a zip's compressed bytes) against the total size of the input
/// files, so that progress can show an estimated time left. Thread-safe.
/// </summary>
public sealed class InputMeter
{
    private long _read;

    /// <summary>A meter for an input of <paramref name="totalBytes"/> bytes (null: unknown, e.g. standard input).</summary>
    public InputMeter(long? totalBytes)
    {
        if (totalBytes < 0) throw new ArgumentOutOfRangeException(nameof(totalBytes));
        TotalBytes = totalBytes;
    }

    /// <summary>The size of the whole input in bytes; null when unknown.</summary>
    public long? TotalBytes { get; }

    /// <summary>The bytes read so far.</summary>
    public long BytesRead => Interlocked.Read(ref _read);

    /// <summary>Counts <paramref name="bytes"/> more bytes read.</summary>
    public void Add(long bytes) => Interlocked.Add(ref _read, bytes);

    /// <summary>A meter sized for <paramref name="paths"/> as <see cref="DocumentSource.FromPaths"/> reads them: files as given, the readable files of folders; the size is unknown when standard input is among them.</summary>
    public static InputMeter ForPaths(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        long total = 0;
        foreach (var path in paths)
        {
            if (path == DocumentSource.StandardInput) return new InputMeter(null);
            try
            {
                if (Directory.Exists(path))
                    foreach (var file in DocumentSource.EnumerateFolder(path)) total += new FileInfo(file).Length;
                else if (File.Exists(path))
                    total += new FileInfo(path).Length;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Unreadable: it will be reported as a failed document, and counts for nothing here.
            }
        }
        return new InputMeter(total);
    }
}
