using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
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

    private readonly FSDirectory _directory;
    private readonly Analyzer _analyzer;
    private readonly IndexWriter _writer;
    private bool _disposed;

    /// <summary>Opens the index in <paramref name="indexDirectory"/>, creating the folder and the index when missing.</summary>
    public PassageIndexWriter(string indexDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indexDirectory);
        System.IO.Directory.CreateDirectory(indexDirectory);
        _directory = FSDirectory.Open(indexDirectory);
        _analyzer = CreateAnalyzer();
        var config = new IndexWriterConfig(ArabicSearchAnalyzer.Version, _analyzer) { OpenMode = OpenMode.CREATE_OR_APPEND };
        try
        {
            _writer = new IndexWriter(_directory, config);
        }
        catch
        {
            _analyzer.Dispose();
            _directory.Dispose();
            throw;
        }
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
                AddSpans(doc, record.Entities, ref entity, passage, static e => (IndexSchema.EntityField(e.Label),
                    ArabicNormalizer.Search.NormalizeToString(e.Text)));
                AddSpans(doc, record.Dates, ref date, passage, static d => (IndexSchema.Date, d.Value));
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

    /// <summary>Makes the changes so far durable and visible to searchers opened afterwards.</summary>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _writer.Commit();
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
            _analyzer.Dispose();
            _directory.Dispose();
        }
    }

    // Records are in document order, as are passages: walk both once.
    private static void AddSpans<T>(Document doc, IReadOnlyList<T>? spans, ref int next, Passage passage,
        Func<T, (string Field, string? Value)> field) where T : ISpanRecord
    {
        if (spans is null) return;
        while (next < spans.Count && spans[next].Start < passage.Start) next++;
        for (int i = next; i < spans.Count && spans[i].Start < passage.End; i++)
        {
            if (spans[i].End > passage.End) continue;
            var (name, value) = field(spans[i]);
            if (!string.IsNullOrEmpty(value)) doc.Add(new StringField(name, value, Field.Store.YES));
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
