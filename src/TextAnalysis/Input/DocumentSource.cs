using System.Globalization;
using System.IO.Compression;
using System.Text.Json;

namespace TextAnalysis.Input;

/// <summary>
/// Reads documents from files, folders (recursively, in ordinal order), zip archives, JSON (an array of objects or
/// one object), JSON Lines, line files and standard input. Documents are streamed: a JSON array or a zip is never
/// held whole in memory. A document that cannot be read is yielded with its error, never dropped; an input that
/// breaks part way (malformed JSON, a truncated zip) yields the documents before the break and then one error.
/// </summary>
public static class DocumentSource
{
    /// <summary>File extensions read from folders and archives.</summary>
    public static IReadOnlyList<string> FolderExtensions { get; } = [".txt", ".html", ".htm", ".json", ".jsonl", ".zip"];

    /// <summary>The path that stands for standard input.</summary>
    public const string StandardInput = "-";

    /// <summary>The documents under <paramref name="paths"/>: files as given, folders walked recursively, <c>-</c>
    /// read from <paramref name="standardInput"/> (the console's by default).</summary>
    public static IEnumerable<SourceDocument> FromPaths(IEnumerable<string> paths, DocumentReaderOptions? options = null, TextReader? standardInput = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        options ??= DocumentReaderOptions.Default;
        return FromPathsCore(paths, options, standardInput ?? Console.In, options.Meter);
    }

    private static IEnumerable<SourceDocument> FromPathsCore(IEnumerable<string> paths, DocumentReaderOptions options, TextReader standardInput, InputMeter? meter)
    {
        foreach (var path in paths)
        {
            if (path == StandardInput)
            {
                yield return SourceDocument.Read("stdin", "stdin", standardInput.ReadToEnd());
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in EnumerateFolder(path))
                    foreach (var doc in FromFile(file, options, meter)) yield return doc;
            }
            else
            {
                foreach (var doc in FromFile(path, options, meter)) yield return doc;
            }
        }
    }

    /// <summary>Each non-empty line of <paramref name="file"/> as a document with id <c>FILE#N</c> (N from 1).</summary>
    public static IEnumerable<SourceDocument> FromLines(string file) => FromLines(file, null);

    /// <summary>The same, counting the bytes read into <paramref name="meter"/>.</summary>
    public static IEnumerable<SourceDocument> FromLines(string file, InputMeter? meter)
    {
        string text;
        try
        {
            var bytes = File.ReadAllBytes(file);
            meter?.Add(bytes.Length);
            text = Decode(file, bytes);
        }
        catch (Exception e) when (IsReadError(e))
        {
            return [SourceDocument.Failed(file, file, Describe(e))];
        }
        return Lines(file, text);
    }

    /// <summary>Reads one file into a document, or a failed document with the reason.</summary>
    public static SourceDocument ReadFile(string path) => ReadFile(path, null);

    private static SourceDocument ReadFile(string path, InputMeter? meter)
    {
        try
        {
            var bytes = File.ReadAllBytes(path);
            meter?.Add(bytes.Length);
            return SourceDocument.Read(path, path, Decode(path, bytes));
        }
        catch (Exception e) when (IsReadError(e))
        {
            return SourceDocument.Failed(path, path, Describe(e));
        }
    }

    /// <summary>The documents of one file, by its extension: JSON, JSON Lines and zip hold many; others one.</summary>
    public static IEnumerable<SourceDocument> FromFile(string path, DocumentReaderOptions? options = null)
    {
        options ??= DocumentReaderOptions.Default;
        return FromFile(path, options, options.Meter);
    }

    private static IEnumerable<SourceDocument> FromFile(string path, DocumentReaderOptions options, InputMeter? meter)
    {
        string ext = Path.GetExtension(path).ToLowerInvariant();
        return ext switch
        {
            ".json" => Guarded(path, () => Open(path, meter), s => FromJson(path, s, options)),
            ".jsonl" or ".ndjson" => Guarded(path, () => Open(path, meter), s => FromJsonLines(path, s, options)),
            ".zip" => FromZip(path, options, meter),
            _ => [ReadFile(path, meter)],
        };
    }

    private static Stream Open(string path, InputMeter? meter)
    {
        var stream = File.OpenRead(path);
        return meter is null ? stream : new MeteredStream(stream, meter.Add, 1.0);
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

    // Runs a streaming reader over a stream; an exception part way becomes one error document after those read.
    private static IEnumerable<SourceDocument> Guarded(string source, Func<Stream> open, Func<Stream, IEnumerable<SourceDocument>> read)
    {
        Stream stream;
        try
        {
            stream = open();
        }
        catch (Exception e) when (IsReadError(e))
        {
            return [SourceDocument.Failed(source, source, Describe(e))];
        }
        return GuardedCore(source, stream, read);
    }

    private static IEnumerable<SourceDocument> GuardedCore(string source, Stream stream, Func<Stream, IEnumerable<SourceDocument>> read)
    {
        using (stream)
        {
            using var e = read(stream).GetEnumerator();
            while (true)
            {
                SourceDocument current;
                string? error = null;
                try
                {
                    if (!e.MoveNext()) yield break;
                    current = e.Current;
                }
                catch (Exception ex) when (IsReadError(ex) || ex is JsonException)
                {
                    error = Describe(ex);
                    current = null!;
                }
                if (error is not null)
                {
                    yield return SourceDocument.Failed(source, source, error);
                    yield break;
                }
                yield return current;
            }
        }
    }

    private static IEnumerable<SourceDocument> FromJson(string source, Stream stream, DocumentReaderOptions options)
    {
        // Peek at the first non-space byte: an array streams element by element, an object is one document.
        int first;
        do { first = stream.ReadByte(); } while (first is ' ' or '\t' or '\r' or '\n' or 0xEF or 0xBB or 0xBF);
        if (first < 0) yield break;
        var rest = new PrefixedStream((byte)first, stream);
        if (first == '[')
        {
            int n = 0;
            foreach (var element in JsonSerializer.DeserializeAsyncEnumerable<JsonElement>(rest).ToBlockingEnumerable())
                yield return FromJsonElement(source, ++n, element, options);
        }
        else
        {
            using var doc = JsonDocument.Parse(rest);
            yield return FromJsonElement(source, 1, doc.RootElement.Clone(), options);
        }
    }

    private static IEnumerable<SourceDocument> FromJsonLines(string source, Stream stream, DocumentReaderOptions options)
    {
        using var reader = new StreamReader(stream);
        int n = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            n++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            SourceDocument doc;
            try
            {
                using var json = JsonDocument.Parse(line);
                doc = FromJsonElement(source, n, json.RootElement, options);
            }
            catch (JsonException e)
            {
                doc = SourceDocument.Failed($"{source}#{n}", $"{source}#{n}", "malformed JSON: " + e.Message);
            }
            yield return doc;
        }
    }

    private static SourceDocument FromJsonElement(string source, int n, JsonElement element, DocumentReaderOptions options)
    {
        string at = $"{source}#{n}";
        if (element.ValueKind == JsonValueKind.String) return SourceDocument.Read(at, at, element.GetString()!);
        if (element.ValueKind != JsonValueKind.Object) return SourceDocument.Failed(at, at, $"expected a JSON object, found {element.ValueKind}");
        string id = at;
        if (options.IdField is { } idField && element.TryGetProperty(idField, out var idValue))
            id = idValue.ValueKind == JsonValueKind.String ? idValue.GetString()! : idValue.GetRawText();
        string? text = null;
        foreach (var field in options.TextFields)
        {
            if (element.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String)
            {
                text = value.GetString();
                break;
            }
        }
        if (text is null) return SourceDocument.Failed(id, at, $"no text field ({string.Join(", ", options.TextFields)})");
        if (options.TitleField is { } titleField && element.TryGetProperty(titleField, out var title) &&
            title.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(title.GetString()))
            text = title.GetString() + "\n\n" + text;
        DateOnly? date = null;
        foreach (var field in options.DateFields)
        {
            if (element.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String &&
                value.GetString() is { Length: >= 10 } s &&
                DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                date = d;
                break;
            }
        }
        return SourceDocument.Read(id, at, text) with { ReferenceDate = date };
    }

    private static IEnumerable<SourceDocument> FromZip(string path, DocumentReaderOptions options, InputMeter? meter)
    {
        ZipArchive zip;
        try
        {
            zip = ZipFile.OpenRead(path);
        }
        catch (Exception e) when (IsReadError(e))
        {
            meter?.Add(FileSize(path));
            return [SourceDocument.Failed(path, path, "unreadable zip archive: " + Describe(e))];
        }
        return FromZipCore(path, zip, options, meter is null ? null : new ZipMeter(meter));
    }

    private static long FileSize(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    // Counts a zip's bytes as its entries are decompressed: each decompressed byte weighs the entry's compression
    // ratio, so an entry read to the end counts its compressed size; the archive's own structures and the entries
    // skipped are counted when the archive is done, so that it counts its file size in all.
    private sealed class ZipMeter(InputMeter meter)
    {
        public long Counted { get; private set; }

        public void Add(long bytes)
        {
            Counted += bytes;
            meter.Add(bytes);
        }

        public Stream Open(ZipArchiveEntry entry)
        {
            var stream = entry.Open();
            double ratio = entry.Length > 0 ? (double)entry.CompressedLength / entry.Length : 0;
            return new MeteredStream(stream, Add, ratio);
        }
    }

    private static IEnumerable<SourceDocument> FromZipCore(string path, ZipArchive zip, DocumentReaderOptions options, ZipMeter? meter)
    {
        using (zip)
        {
            foreach (var entry in zip.Entries.Where(e => e.Name.Length > 0).OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                string source = path + "/" + entry.FullName;
                string ext = Path.GetExtension(entry.Name).ToLowerInvariant();
                if (!FolderExtensions.Contains(ext) || ext == ".zip") continue;
                Func<Stream> open = meter is null ? entry.Open : () => meter.Open(entry);
                IEnumerable<SourceDocument> docs = ext switch
                {
                    ".json" => Guarded(source, open, s => FromJson(source, s, options)),
                    ".jsonl" => Guarded(source, open, s => FromJsonLines(source, s, options)),
                    _ => [ReadEntry(source, entry, open)],
                };
                foreach (var doc in docs) yield return doc;
            }
        }
        if (meter is not null) meter.Add(Math.Max(0, FileSize(path) - meter.Counted));
    }

    // What the read-only, forward-only wrapper streams below share: everything but reading is refused.
    private abstract class ReadOnlyStream : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));
    }

    // A read-only stream that counts the bytes read through it, each weighing weight: 1 for a file, the compression
    // ratio for a zip entry (so that an entry read to the end counts its compressed size).
    private sealed class MeteredStream(Stream inner, Action<long> add, double weight) : ReadOnlyStream
    {
        private long _read, _counted;

        public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        private int Count(int read)
        {
            _read += read;
            long counted = (long)(_read * weight);
            add(counted - _counted);
            _counted = counted;
            return read;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }

    private static SourceDocument ReadEntry(string source, ZipArchiveEntry entry, Func<Stream> open)
    {
        try
        {
            using var stream = open();
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            return SourceDocument.Read(source, source, Decode(entry.Name, memory.ToArray()));
        }
        catch (Exception e) when (IsReadError(e))
        {
            return SourceDocument.Failed(source, source, Describe(e));
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

    private static bool IsReadError(Exception e) =>
        e is IOException or UnauthorizedAccessException or InvalidDataException or NotSupportedException or ArgumentException;

    private static string Describe(Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => "no such file or folder",
        UnauthorizedAccessException => "permission denied",
        _ => e.Message,
    };

    internal static IEnumerable<string> EnumerateFolder(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };
        return Directory.EnumerateFiles(folder, "*", options)
            .Where(f => FolderExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
            .Order(StringComparer.Ordinal);
    }

    // A read-only stream that gives back one byte already read, then the rest of the inner stream.
    private sealed class PrefixedStream(byte first, Stream inner) : ReadOnlyStream
    {
        private bool _firstPending = true;

        public override int Read(Span<byte> buffer)
        {
            if (buffer.Length == 0) return 0;
            if (_firstPending)
            {
                _firstPending = false;
                buffer[0] = first;
                return 1 + inner.Read(buffer[1..]);
            }
            return inner.Read(buffer);
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromResult(Read(buffer.AsSpan(offset, count)));
    }
}
