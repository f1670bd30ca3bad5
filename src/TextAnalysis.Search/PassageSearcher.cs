using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace TextAnalysis.Search;

/// <summary>
/// Searches a passage index written by <see cref="PassageIndexWriter"/>. Queries use Lucene's classic syntax and go
/// through the same analyzer as the text (normalization and light stemming), so الثوره، للثورة and ثورة find the
/// same passages. Sees the index as it was when opened (or last <see cref="Refresh"/>ed). Thread-safe for searching.
/// </summary>
public sealed class PassageSearcher : IDisposable
{
    private readonly FSDirectory _directory;
    private readonly Analyzer _analyzer;
    private DirectoryReader _reader;
    private IndexSearcher _searcher;
    private int _documentCount = -1;
    private bool _disposed;

    /// <summary>Opens the index in <paramref name="indexDirectory"/>.</summary>
    /// <exception cref="DirectoryNotFoundException">There is no index there.</exception>
    public PassageSearcher(string indexDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indexDirectory);
        if (!System.IO.Directory.Exists(indexDirectory))
            throw new DirectoryNotFoundException($"No search index at '{indexDirectory}': the folder does not exist.");
        _directory = FSDirectory.Open(indexDirectory);
        if (!DirectoryReader.IndexExists(_directory))
        {
            _directory.Dispose();
            throw new DirectoryNotFoundException($"No search index at '{indexDirectory}'.");
        }
        _analyzer = PassageIndexWriter.CreateAnalyzer();
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader);
    }

    /// <summary>Visible characters of a snippet before it is cut around its matches.</summary>
    public int MaxSnippetLength { get; init; } = 300;

    /// <summary>Number of passages (Lucene documents) in the index.</summary>
    public int PassageCount => _reader.NumDocs;

    /// <summary>Number of distinct document ids in the index.</summary>
    public int DocumentCount => _documentCount >= 0 ? _documentCount : _documentCount = CountIds(_reader);

    /// <summary>Reopens the index if it changed since it was opened; true when it did.</summary>
    public bool Refresh()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var newer = DirectoryReader.OpenIfChanged(_reader);
        if (newer is null) return false;
        var old = _reader;
        _reader = newer;
        _searcher = new IndexSearcher(newer);
        _documentCount = -1;
        old.Dispose();
        return true;
    }

    /// <summary>Searches the passages with a query in Lucene's classic syntax and returns the best
    /// <paramref name="top"/> hits, best first. A blank query finds nothing.</summary>
    /// <exception cref="SearchQueryException">The query cannot be parsed.</exception>
    public IReadOnlyList<SearchHit> Search(string query, int top = 10)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(top);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (string.IsNullOrWhiteSpace(query)) return [];

        var parsed = Parse(query);
        var searcher = _searcher;
        var docs = searcher.Search(parsed, top);
        if (docs.ScoreDocs.Length == 0) return [];

        var highlighter = new Highlighter(new SimpleHTMLFormatter(Snippets.Open, Snippets.Close), new QueryScorer(parsed, IndexSchema.Text))
        {
            TextFragmenter = new NullFragmenter(),
        };
        var hits = new List<SearchHit>(docs.ScoreDocs.Length);
        foreach (var scoreDoc in docs.ScoreDocs)
        {
            var doc = searcher.Doc(scoreDoc.Doc);
            string text = doc.Get(IndexSchema.Text) ?? "";
            hits.Add(new SearchHit(
                doc.Get(IndexSchema.Id) ?? "",
                doc.GetField(IndexSchema.Passage)?.GetInt32Value() ?? 0,
                scoreDoc.Score,
                Snippet(highlighter, text),
                doc.GetField(IndexSchema.Start)?.GetInt32Value() ?? 0,
                doc.GetField(IndexSchema.End)?.GetInt32Value() ?? 0));
        }
        return hits;
    }

    /// <summary>Closes the index.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _reader.Dispose();
        _analyzer.Dispose();
        _directory.Dispose();
    }

    private Query Parse(string query)
    {
        var parser = new ArabicQueryParser(_analyzer);
        try
        {
            return parser.Parse(query);
        }
        catch (ParseException e)
        {
            throw new SearchQueryException(query, $"Cannot parse the query '{query}': {e.Message}", e);
        }
        catch (BooleanQuery.TooManyClausesException e)
        {
            throw new SearchQueryException(query, $"The query '{query}' expands to too many terms.", e);
        }
    }

    private string Snippet(Highlighter highlighter, string text)
    {
        string? marked;
        using (var tokens = _analyzer.GetTokenStream(IndexSchema.Text, text))
            marked = highlighter.GetBestFragment(tokens, text);
        return Snippets.Cut(marked ?? text, MaxSnippetLength);
    }

    private static int CountIds(IndexReader reader)
    {
        var terms = MultiFields.GetTerms(reader, IndexSchema.Id);
        if (terms is null) return 0;
        var live = MultiFields.GetLiveDocs(reader);
        var termsEnum = terms.GetEnumerator();
        DocsEnum? docs = null;
        int count = 0;
        while (termsEnum.MoveNext())
        {
            docs = termsEnum.Docs(live, docs, DocsFlags.NONE);
            if (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS) count++;
        }
        return count;
    }
}
