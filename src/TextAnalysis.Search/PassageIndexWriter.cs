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
/// the fields of <see cref="IndexSchema"/>. Indexing an id again replaces all its passages. Not thread-safe for
/// concurrent <see cref="Index(string, string)"/> calls on the same id; Lucene itself serializes the rest.
/// </summary>
public sealed class PassageIndexWriter : IDisposable
{
    private static readonly FieldType TextFieldType = CreateTextFieldType();

    private readonly Lucene.Net.Store.Directory _directory;
    private readonly Analyzer _analyzer;
    private readonly IndexWriter _writer;
    private readonly bool _ownsDirectory;
    private readonly bool _ownsAnalyzer;
    private readonly FileStream? _processLock;
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
        var config = new IndexWriterConfig(ArabicSearchAnalyzer.Version, _analyzer) { OpenMode = OpenMode.CREATE_OR_APPEND };
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

    private static FSDirectory OpenFolder(string indexDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indexDirectory);
        System.IO.Directory.CreateDirectory(indexDirectory);
        return FSDirectory.Open(indexDirectory);
    }

    /// <summary>The analyzer of the index's fields: stemmed for <see cref="IndexSchema.Text"/>, unstemmed for
    /// <see cref="IndexSchema.Exact"/>. The searcher parses queries with the same one.</summary>
    public static Analyzer CreateAnalyzer() => new PassageFieldAnalyzer();

    /// <summary>Indexes (or re-indexes) the document <paramref name="id"/>: one Lucene document per passage.</summary>
    public void Index(string id, string text) => Index(id, text, null);

    /// <summary>Indexes (or re-indexes) the document <paramref name="id"/>, adding to each passage the entities and
    /// dates of <paramref name="record"/> that fall inside it (fields <c>entity_&lt;label&gt;</c> and <c>date</c>).
    /// The record's offsets must point into <paramref name="text"/>.</summary>
    public void Index(string id, string text, DocumentRecord? record)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        ObjectDisposedException.ThrowIf(_disposed, this);

        var passages = PassageSplitter.Split(text);
        var documents = new List<Document>(passages.Count);
        int entity = 0, date = 0;
        foreach (var passage in passages)
        {
            var doc = new Document
            {
                new StringField(IndexSchema.Id, id, Field.Store.YES),
                new Int32Field(IndexSchema.Passage, passage.Index, Field.Store.YES),
                new StoredField(IndexSchema.Start, passage.Start),
                new StoredField(IndexSchema.End, passage.End),
            };
            string passageText = text.Substring(passage.Start, passage.End - passage.Start);
            doc.Add(new Field(IndexSchema.Text, passageText, TextFieldType));
            doc.Add(new TextField(IndexSchema.Exact, passageText, Field.Store.NO));
            if (record is not null)
            {
                AddEntities(doc, record.Entities, ref entity, passage);
                AddDates(doc, record.Dates, ref date, passage);
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
                var shard = FSDirectory.Open(path);
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
    }

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

    private static void AddEntities(Document doc, IReadOnlyList<EntityRecord>? entities, ref int next, Passage passage)
    {
        if (entities is null) return;
        next = FirstInside(entities, next, passage);
        for (int i = next; i < entities.Count && entities[i].Start < passage.End; i++)
        {
            var e = entities[i];
            if (e.End > passage.End) continue;
            string value = ArabicNormalizer.Search.NormalizeToString(e.Text).Trim();
            if (value.Length == 0) continue;
            doc.Add(new StringField(IndexSchema.EntityField(e.Label), value, Field.Store.YES));
            doc.Add(new StoredField(IndexSchema.EntityTextField(e.Label), e.Text));
            doc.Add(new TextField(IndexSchema.EntityTermsField(e.Label), value, Field.Store.NO));
            doc.Add(new SortedSetDocValuesField(IndexSchema.Facets, new BytesRef(IndexSchema.FacetKey(e.Label, value))));
        }
    }

    private static void AddDates(Document doc, IReadOnlyList<DateRecord>? dates, ref int next, Passage passage)
    {
        if (dates is null) return;
        next = FirstInside(dates, next, passage);
        for (int i = next; i < dates.Count && dates[i].Start < passage.End; i++)
        {
            var d = dates[i];
            if (d.End > passage.End || string.IsNullOrEmpty(d.Value)) continue;
            doc.Add(new StringField(IndexSchema.Date, d.Value, Field.Store.YES));
            if (!IsoDateRange.TryParse(d.Value, out var range)) continue;
            doc.Add(new Int32Field(IndexSchema.DateField(range.Grain), range.FirstKey, Field.Store.NO));
            if (range.Grain <= DateGrain.Year)
                doc.Add(new SortedSetDocValuesField(IndexSchema.Facets, new BytesRef(IndexSchema.FacetKey(IndexSchema.YearFacet,
                    range.First.Year.ToString("D4", CultureInfo.InvariantCulture)))));
        }
    }

    private static FieldType CreateTextFieldType()
    {
        var type = new FieldType(TextField.TYPE_STORED)
        {
            IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
            StoreTermVectors = true,
            StoreTermVectorPositions = true,
            StoreTermVectorOffsets = true,
        };
        type.Freeze();
        return type;
    }
}
