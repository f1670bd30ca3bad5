using System.Buffers.Binary;
using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using TextAnalysis.Normalization;
using TextAnalysis.Records;
using TextAnalysis.Search.Analysis;
using TextAnalysis.Tokenization;

namespace TextAnalysis.Search;

/// <summary>
/// Writes documents into a passage index: one Lucene document per passage (non-empty line, numbered from 0), with
/// the fields of <see cref="IndexSchema"/>. Indexing an id again replaces all its passages. Thread-safe: several
/// threads may index at once, and Lucene then builds a segment per thread in parallel (the fast way to bulk-load);
/// only two concurrent calls for the SAME id leave it undefined which of the two wins.
/// </summary>
public sealed class PassageIndexWriter : IDisposable
{
    private static readonly FieldType TextFieldType = CreateTextFieldType();
    private static readonly FieldType EntityTermsFieldType = CreateEntityTermsFieldType();
    private static readonly FieldType DateStartFieldType = CreateDateStartFieldType();

    private readonly Lucene.Net.Store.Directory _directory;
    private readonly Analyzer _analyzer;
    private readonly IndexWriter _writer;
    private readonly bool _ownsDirectory;
    private readonly bool _ownsAnalyzer;
    private readonly FileStream? _processLock;
    private readonly ThreadLocal<ReusedDocuments> _reused = new(() => new ReusedDocuments(), trackAllValues: true);
    private bool _disposed;

    /// <summary>Opens the index in <paramref name="indexDirectory"/>, creating the folder and the index when missing.</summary>
    /// <exception cref="IOException">Another process has the index open for writing.</exception>
    public PassageIndexWriter(string indexDirectory)
        : this(LockFolder(indexDirectory), indexDirectory)
    {
    }

    private PassageIndexWriter(FileStream processLock, string indexDirectory)
        : this(OpenFolder(indexDirectory), null, ownsDirectory: true, processLock)
    {
    }

    /// <summary>Opens (or creates) the index in a Lucene directory (a <see cref="RAMDirectory"/> in benchmarks).
    /// <paramref name="analyzer"/> replaces the analysis of the text fields (null: ours, <see cref="CreateAnalyzer"/>;
    /// Lucene's <c>ArabicAnalyzer</c> to compare, with the same schema). The caller keeps ownership of both.</summary>
    public PassageIndexWriter(Lucene.Net.Store.Directory directory, Analyzer? analyzer = null)
        : this(directory, analyzer, ownsDirectory: false, processLock: null)
    {
    }

    private PassageIndexWriter(Lucene.Net.Store.Directory directory, Analyzer? analyzer, bool ownsDirectory, FileStream? processLock)
    {
        ArgumentNullException.ThrowIfNull(directory);
        _processLock = processLock;
        _directory = directory;
        _ownsDirectory = ownsDirectory;
        _ownsAnalyzer = analyzer is null;
        _analyzer = analyzer ?? CreateAnalyzer();
        // Each flush of a thread's segment costs per field as well as per term: a 48 MB buffer (Lucene's default is
        // 16) flushes a third as often, which cut extract+index over SaudiNewsNet from 33.6 to 27.3 CPU s (one pair
        // of runs) and its allocations from 9.9 to 6.3 GB, for a peak working set of 319 MB instead of 300. Larger
        // buffers (96, 160 MB) allocated less again but cost the same CPU, and hold more memory.
        var config = new IndexWriterConfig(ArabicSearchAnalyzer.Version, _analyzer)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = BufferMegabytes,
        };
        try
        {
            _writer = new IndexWriter(_directory, config);
        }
        catch
        {
            if (_ownsAnalyzer) _analyzer.Dispose();
            if (_ownsDirectory) _directory.Dispose();
            _processLock?.Dispose();
            throw;
        }
    }

    // Lucene's own write lock does not keep a second process out on every platform (seen on Linux with
    // Lucene.Net 4.8): an exclusive OS lock on a file of our own does, and dies with the process.
    private static FileStream LockFolder(string indexDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indexDirectory);
        System.IO.Directory.CreateDirectory(indexDirectory);
        string path = Path.Combine(indexDirectory, ProcessLockFile);
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e)
        {
            throw new IOException($"The index at '{indexDirectory}' is open for writing by another process; only one writer at a time.", e);
        }
    }

    /// <summary>The file whose exclusive lock marks the index as open for writing.</summary>
    public const string ProcessLockFile = "textanalysis-writer.lock";

    // The indexing buffer shared by the writing threads, in MB.
    private const double BufferMegabytes = 48;

    // The writer reads its segments only to merge them, front to back: plain positional reads do that as well as
    // memory maps, and keep the working set flat. Mapped, the merged segments' pages count in the process's working
    // set, which then grows with the index (extract+index at four times SaudiNewsNet: 520 MB mapped, 306 MB not).
    private static FSDirectory OpenFolder(string indexDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indexDirectory);
        System.IO.Directory.CreateDirectory(indexDirectory);
        return new NIOFSDirectory(indexDirectory);
    }

    /// <summary>The analyzer of the index's text: normalized and stemmed. The searcher parses queries with the same
    /// one.</summary>
    public static Analyzer CreateAnalyzer() => new PassageFieldAnalyzer();

    /// <summary>Indexes (or re-indexes) the document <paramref name="id"/>: one Lucene document per passage.</summary>
    public void Index(string id, string text) => Index(id, text, null);

    /// <summary>Indexes (or re-indexes) the document <paramref name="id"/>, adding to each passage the entities and
    /// dates of <paramref name="record"/> that fall inside it (the entity, date and facet fields of <see cref="IndexSchema"/>).
    /// The record's offsets must point into <paramref name="text"/>.</summary>
    public void Index(string id, string text, DocumentRecord? record)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        ObjectDisposedException.ThrowIf(_disposed, this);

        var passages = PassageSplitter.Split(text);
        // This thread's documents and fields, reused from call to call: a new field would build a new token stream,
        // and Lucene.Net creates token-stream attributes under one process-wide lock, which threads then queue on.
        var reused = _reused.Value!;
        var documents = reused.Documents;
        documents.Clear();
        int entity = 0, date = 0;
        foreach (var passage in passages)
        {
            var fields = reused.Passage(passage.Index);
            var doc = fields.Start(id, passage, text.Substring(passage.Start, passage.End - passage.Start));
            if (record is not null)
            {
                AddEntities(fields, record.Entities, ref entity, passage);
                AddDates(fields, record.Dates, ref date, passage);
                fields.FinishEntityTerms();
            }
            documents.Add(doc);
        }
        // Deletes every earlier passage of the id and adds the new ones in one step.
        _writer.UpdateDocuments(new Term(IndexSchema.Id, id), documents);
    }

    /// <summary>Removes every passage of the document <paramref name="id"/>.</summary>
    public void Delete(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        ObjectDisposedException.ThrowIf(_disposed, this);
        _writer.DeleteDocuments(new Term(IndexSchema.Id, id));
    }

    /// <summary>Adds every document of the indexes in <paramref name="shardDirectories"/> (built independently, with
    /// the same schema, e.g. on other machines) to this one. A document id found in a shard replaces the same id
    /// here. The shards are read, not changed; call <see cref="Commit"/> to keep the result.</summary>
    /// <exception cref="DirectoryNotFoundException">A shard folder holds no index.</exception>
    public void Merge(IEnumerable<string> shardDirectories)
    {
        ArgumentNullException.ThrowIfNull(shardDirectories);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var shards = new List<FSDirectory>();
        try
        {
            foreach (var path in shardDirectories)
            {
                var shard = new NIOFSDirectory(path);
                shards.Add(shard);
                if (!DirectoryReader.IndexExists(shard)) throw new DirectoryNotFoundException($"No search index at '{path}' to merge.");
            }
            // Ids in the shards replace the same ids here, as indexing them again would.
            foreach (var shard in shards)
            {
                using var reader = DirectoryReader.Open(shard);
                var terms = MultiFields.GetTerms(reader, IndexSchema.Id);
                if (terms is null) continue;
                var e = terms.GetEnumerator();
                while (e.MoveNext()) _writer.DeleteDocuments(new Term(IndexSchema.Id, e.Term.Utf8ToString()));
            }
            _writer.AddIndexes(shards.ToArray<Lucene.Net.Store.Directory>());
        }
        finally
        {
            foreach (var shard in shards) shard.Dispose();
        }
    }

    /// <summary>Makes the changes so far durable and visible to searchers opened afterwards.</summary>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _writer.Commit();
        _writer.Config.RAMBufferSizeMB = BufferMegabytes;
    }

    /// <summary>For the end of a bulk load: writes out, on the calling thread, the documents it buffered (with
    /// several threads, the segment Lucene hands it), so that the indexing threads write their last segments in
    /// parallel instead of leaving them all to the next <see cref="Commit"/>, which writes them one after the other
    /// on one thread. Each indexing thread calls it after its last document (the pipeline's
    /// <see cref="PipelineOptions.OnWorkerFinished"/>). Until the next commit, the writer then writes a segment at
    /// every document: call it only when no more documents come before the commit.</summary>
    public void FinishThread()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        // With a buffer of almost nothing, an update marks the largest segment still buffered to be written, and the
        // thread writes the marked segments no other thread holds. A segment another thread is adding to cannot be
        // taken, so the mark may fall on it: a second and a third empty update mark the next ones.
        _writer.Config.RAMBufferSizeMB = FinishingBufferMegabytes;
        for (int i = 0; i < 3; i++) _writer.AddDocuments([]);
    }

    // The buffer after FinishThread: the smallest Lucene takes, so that anything buffered is over it.
    private const double FinishingBufferMegabytes = 1.0 / 1024;

    /// <summary>Closes the index WITHOUT committing: every change since the last <see cref="Commit"/> is dropped,
    /// as after a crash. The index stays as last committed.</summary>
    public void Rollback()
    {
        if (_disposed) return;
        _disposed = true;
        try
        {
            _writer.Rollback();
        }
        finally
        {
            Release();
        }
    }

    /// <summary>Commits pending changes and closes the index.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        try
        {
            _writer.Dispose();
        }
        finally
        {
            Release();
        }
    }

    private void Release()
    {
        foreach (var reused in _reused.Values) reused.Dispose();
        _reused.Dispose();
        if (_ownsAnalyzer) _analyzer.Dispose();
        if (_ownsDirectory) _directory.Dispose();
        _processLock?.Dispose();
    }

    // Records are in document order, as are passages: each list is walked once. A span counts in a passage when it
    // lies wholly inside it.
    private static int FirstInside<T>(IReadOnlyList<T> spans, int next, Passage passage) where T : ISpanRecord
    {
        while (next < spans.Count && spans[next].Start < passage.Start) next++;
        return next;
    }

    private static void AddEntities(PassageFields doc, IReadOnlyList<EntityRecord>? entities, ref int next, Passage passage)
    {
        if (entities is null) return;
        next = FirstInside(entities, next, passage);
        for (int i = next; i < entities.Count && entities[i].Start < passage.End; i++)
        {
            var e = entities[i];
            if (e.End > passage.End) continue;
            string value = ArabicNormalizer.Search.NormalizeToString(e.Text).Trim();
            if (value.Length == 0) continue;
            string key = IndexSchema.FacetKey(e.Label, value);
            doc.Add(FieldKind.IndexedString, IndexSchema.Entity, key);
            doc.Add(FieldKind.StoredOnly, IndexSchema.EntityText, IndexSchema.EntityTextValue(key, e.Text));
            doc.AddEntityTerms(e.Label, value);
            doc.AddFacet(key);
        }
    }

    private static void AddDates(PassageFields doc, IReadOnlyList<DateRecord>? dates, ref int next, Passage passage)
    {
        if (dates is null) return;
        next = FirstInside(dates, next, passage);
        for (int i = next; i < dates.Count && dates[i].Start < passage.End; i++)
        {
            var d = dates[i];
            if (d.End > passage.End || string.IsNullOrEmpty(d.Value)) continue;
            doc.Add(FieldKind.StoredString, IndexSchema.Date, d.Value);
            if (!IsoDateRange.TryParse(d.Value, out var range)) continue;
            doc.AddInt32(IndexSchema.DateStart, IndexSchema.DateStartKey(range.Grain, range.FirstKey));
            if (range.Grain <= DateGrain.Year)
                doc.AddFacet(IndexSchema.FacetKey(IndexSchema.YearFacet, range.First.Year.ToString("D4", CultureInfo.InvariantCulture)));
        }
    }

    private enum FieldKind { StoredString, IndexedString, StoredOnly, Int32, Facet }

    // One thread's reusable passage documents, one per passage number.
    private sealed class ReusedDocuments : IDisposable
    {
        private readonly List<PassageFields> _passages = [];

        public List<Document> Documents { get; } = [];

        public PassageFields Passage(int index)
        {
            while (_passages.Count <= index) _passages.Add(new PassageFields());
            return _passages[index];
        }

        public void Dispose()
        {
            foreach (var passage in _passages) passage.Dispose();
        }
    }

    // The fields of one passage document, kept to be filled again for the next document: the fixed ones, and pools
    // of the per-mention ones by kind and name, of which the first Used are in the document now.
    private sealed class PassageFields : IDisposable
    {
        private readonly Document _doc = [];
        private readonly StringField _id = new(IndexSchema.Id, "", Field.Store.YES);
        private readonly StoredField _passage = new(IndexSchema.Passage, 0);
        private readonly StoredField _start = new(IndexSchema.Start, 0);
        private readonly StoredField _end = new(IndexSchema.End, 0);
        private readonly Field _text = new(IndexSchema.Text, "", TextFieldType);
        private readonly BinaryDocValuesField _exactForms = new(IndexSchema.ExactForms, new BytesRef());
        private readonly NormalizationBuffer _normalized = new();
        private readonly List<uint> _hashes = [];
        private byte[] _hashBytes = new byte[256];
        private readonly EntityTermsStream _entityTermsStream = new();
        private readonly Field _entityTerms;
        private readonly Dictionary<(FieldKind, string), Pool> _pools = [];
        private readonly List<Pool> _used = [];

        private sealed class Pool
        {
            public readonly List<Field> Fields = [];
            public int Used;
        }

        public PassageFields() => _entityTerms = new Field(IndexSchema.EntityTerms, _entityTermsStream, EntityTermsFieldType);

        public Document Start(string id, Passage passage, string text)
        {
            _entityTermsStream.Clear();
            foreach (var pool in _used) pool.Used = 0;
            _used.Clear();
            var fields = _doc.Fields;
            fields.Clear();
            _id.SetStringValue(id);
            _passage.SetInt32Value(passage.Index);
            _start.SetInt32Value(passage.Start);
            _end.SetInt32Value(passage.End);
            _text.SetStringValue(text);
            _exactForms.SetBytesValue(ExactForms(text));
            fields.Add(_id);
            fields.Add(_passage);
            fields.Add(_start);
            fields.Add(_end);
            fields.Add(_text);
            fields.Add(_exactForms);
            return _doc;
        }

        public void Add(FieldKind kind, string name, string value) => Next(kind, name).SetStringValue(value);

        // The IndexSchema.ExactForms value of the passage: the hashes of its distinct words as the unstemmed analysis
        // gives them (search normalization, the tokenizer's words and numbers), ascending. Lucene copies the bytes
        // when it adds the document, so the buffer is reused.
        private BytesRef ExactForms(string text)
        {
            _normalized.Normalize(ArabicNormalizer.Search, text);
            var normalized = _normalized.Text;
            _hashes.Clear();
            var cursor = new TokenCursor(normalized);
            while (cursor.MoveNext())
            {
                var (kind, s, e) = cursor.Current;
                if (kind != TokenKind.Punctuation) _hashes.Add(IndexSchema.WordHash(normalized[s..e]));
            }
            _hashes.Sort();
            int length = 0;
            for (int i = 0; i < _hashes.Count; i++)
            {
                if (i > 0 && _hashes[i] == _hashes[i - 1]) continue;
                if (length + 4 > _hashBytes.Length) Array.Resize(ref _hashBytes, _hashBytes.Length * 2);
                BinaryPrimitives.WriteUInt32LittleEndian(_hashBytes.AsSpan(length), _hashes[i]);
                length += 4;
            }
            return new BytesRef(_hashBytes, 0, length);
        }

        public void Dispose() => _entityTermsStream.Dispose();

        public void AddEntityTerms(string label, string value) => _entityTermsStream.Add(label, value);

        // The words of every entity of the passage go in one field, after the last entity.
        public void FinishEntityTerms()
        {
            if (!_entityTermsStream.IsEmpty) _doc.Fields.Add(_entityTerms);
        }

        public void AddInt32(string name, int value) => Next(FieldKind.Int32, name).SetInt32Value(value);

        public void AddFacet(string key) => Next(FieldKind.Facet, IndexSchema.Facets).SetBytesValue(new BytesRef(key));

        private Field Next(FieldKind kind, string name)
        {
            if (!_pools.TryGetValue((kind, name), out var pool)) _pools[(kind, name)] = pool = new Pool();
            if (pool.Used == 0) _used.Add(pool);
            if (pool.Used == pool.Fields.Count) pool.Fields.Add(Create(kind, name));
            var field = pool.Fields[pool.Used++];
            _doc.Fields.Add(field);
            return field;
        }

        private static Field Create(FieldKind kind, string name) => kind switch
        {
            FieldKind.StoredString => new StringField(name, "", Field.Store.YES),
            FieldKind.IndexedString => new StringField(name, "", Field.Store.NO),
            FieldKind.StoredOnly => new StoredField(name, ""),
            FieldKind.Int32 => new Int32Field(name, 0, DateStartFieldType),
            _ => new SortedSetDocValuesField(name, new BytesRef()),
        };
    }

    private static FieldType CreateDateStartFieldType()
    {
        // One term a date (Lucene's default step indexes eight, for fast ranges over many distinct values: a corpus
        // holds a few thousand distinct dates, which a range query enumerates quickly).
        var type = new FieldType(Int32Field.TYPE_NOT_STORED) { NumericPrecisionStep = IndexSchema.DateStartPrecisionStep };
        type.Freeze();
        return type;
    }

    private static FieldType CreateEntityTermsFieldType()
    {
        // Pre-analysed (EntityTermsStream): positions for the filters' phrases, no norms (nothing scores on it).
        var type = new FieldType
        {
            IsIndexed = true,
            IsTokenized = true,
            OmitNorms = true,
            IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS,
        };
        type.Freeze();
        return type;
    }

    private static FieldType CreateTextFieldType()
    {
        // Positions for phrases; no offsets or term vectors: the highlighter analyses the stored passage again.
        var type = new FieldType(TextField.TYPE_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS };
        type.Freeze();
        return type;
    }
}
