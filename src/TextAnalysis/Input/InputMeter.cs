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

/// <summary>A read-only stream that counts the bytes read through it into an <see cref="InputMeter"/>.</summary>
internal sealed class MeteredFileStream(Stream inner, InputMeter meter) : Stream
{
    public override bool CanRead => inner.CanRead;
    public override bool CanSeek => inner.CanSeek;
    public override bool CanWrite => false;
    public override long Length => inner.Length;
    public override long Position { get => inner.Position; set => inner.Position = value; }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int read = inner.Read(buffer);
        meter.Add(read);
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        int read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        meter.Add(read);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
