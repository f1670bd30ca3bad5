using System.Buffers.Binary;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Store;
using Lucene.Net.Util;
using TextAnalysis.Search.Analysis;

namespace TextAnalysis.Search;

/// <summary>
/// Searches a passage index written by <see cref="PassageIndexWriter"/>. Queries use Lucene's classic syntax and go
/// through the same analyzer as the text (normalization and light stemming), so الثوره، للثورة and ثورة find the
/// same passages. Sees the index as it was when opened (or last <see cref="Refresh"/>ed). Thread-safe for searching.
/// </summary>
public sealed class PassageSearcher : IDisposable
{
    private readonly Lucene.Net.Store.Directory _directory;
    private readonly Analyzer _analyzer;
    private readonly bool _ownsDirectory;
    private readonly bool _ownsAnalyzer;
    private DirectoryReader _reader;
    private IndexSearcher _searcher;
    private int _documentCount = -1;
    private volatile FacetOrdinals? _facetOrdinals;
    private bool _disposed;

    /// <summary>Opens the index in <paramref name="indexDirectory"/>.</summary>
    /// <exception cref="DirectoryNotFoundException">There is no index there.</exception>
    public PassageSearcher(string indexDirectory)
        : this(OpenFolder(indexDirectory), null, ownsDirectory: true)
    {
    }

    /// <summary>Opens the index in a Lucene directory. <paramref name="analyzer"/> must be the one the index was
    /// written with (null: ours); the caller keeps ownership of both.</summary>
    /// <exception cref="DirectoryNotFoundException">There is no index there.</exception>
    public PassageSearcher(Lucene.Net.Store.Directory directory, Analyzer? analyzer = null)
        : this(directory, analyzer, ownsDirectory: false)
    {
    }

    private PassageSearcher(Lucene.Net.Store.Directory directory, Analyzer? analyzer, bool ownsDirectory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        _directory = directory;
        _ownsDirectory = ownsDirectory;
        if (!DirectoryReader.IndexExists(_directory))
        {
            if (ownsDirectory) _directory.Dispose();
            throw new DirectoryNotFoundException($"No search index in {directory}.");
        }
        _ownsAnalyzer = analyzer is null;
        _analyzer = analyzer ?? PassageIndexWriter.CreateAnalyzer();
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader);
    }

    private static FSDirectory OpenFolder(string indexDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indexDirectory);
        if (!System.IO.Directory.Exists(indexDirectory))
            throw new DirectoryNotFoundException($"No search index at '{indexDirectory}': the folder does not exist.");
        return FSDirectory.Open(indexDirectory);
    }

    /// <summary>Visible characters of a snippet before it is cut around its matches.</summary>
    public int MaxSnippetLength { get; init; } = 300;

    /// <summary>Number of passages (Lucene documents) in the index.</summary>
    public int PassageCount => _reader.NumDocs;

    /// <summary>Number of distinct document ids in the index.</summary>
    public int DocumentCount => _documentCount >= 0 ? _documentCount : _documentCount = CountIds(_reader);

    /// <summary>True when the index holds a passage of the document <paramref name="id"/>.</summary>
    public bool ContainsDocument(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _searcher.Search(new TermQuery(new Term(IndexSchema.Id, id)), 1).TotalHits > 0;
    }

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

    /// <summary>Searches with a query in Lucene's classic syntax and returns the best 10 hits, best first.</summary>
    /// <exception cref="SearchQueryException">The query cannot be parsed.</exception>
    public IReadOnlyList<SearchHit> Search(string query) => Search(query, 10);

    /// <summary>Searches the passages with a query in Lucene's classic syntax and returns the best
    /// <paramref name="top"/> hits, best first. A blank query finds nothing.</summary>
    /// <exception cref="SearchQueryException">The query cannot be parsed.</exception>
    public IReadOnlyList<SearchHit> Search(string query, int top)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(top);
        return Search(query, new SearchOptions { Top = top }).Hits;
    }

    /// <summary>Searches with filters on entities and dates, and facet counts when asked for (see
    /// <see cref="SearchOptions"/>). A blank query with filters matches every passage that passes them; a blank
    /// query without filters finds nothing.</summary>
    /// <exception cref="SearchQueryException">The query cannot be parsed.</exception>
    /// <exception cref="ArgumentException">A date bound is not an ISO partial date.</exception>
    public SearchResults Search(string query, SearchOptions options)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.Top);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Facets);
        ObjectDisposedException.ThrowIf(_disposed, this);

        bool blank = string.IsNullOrWhiteSpace(query);
        if (blank && !options.HasFilters) return new SearchResults([], 0, NoFacets);
        Query? parsed = blank ? null : Parse(query);
        Query? filter = SearchFilters.Build(options);
        Query search = (parsed, filter) switch
        {
            (null, null) => new MatchAllDocsQuery(),
            (null, { } f) => new ConstantScoreQuery(f),
            ({ } p, null) => p,
            ({ } p, { } f) => new FilteredQuery(p, new QueryWrapperFilter(f)),
        };

        var searcher = _searcher;
        // The query's words as written (normalized, unstemmed): among the best passages by the stemmed query, those
        // that contain them as written come first (see ExactFormReader).
        var exact = parsed is null ? null : ExactWords(query);
        int window = exact is { Count: > 0 } ? Math.Max(options.Top, ExactWindow) : options.Top;
        var topCollector = TopScoreDocCollector.Create(window, true);
        FacetOrdinals? ordinals = options.Facets > 0 ? Ordinals(searcher.IndexReader) : null;
        using FacetCollector? facets = ordinals is { ValueCount: > 0 } ? new FacetCollector(ordinals) : null;
        searcher.Search(search, facets is null ? topCollector : MultiCollector.Wrap(topCollector, facets));
        var docs = topCollector.GetTopDocs();

        // The window's passages ranked again by their exact forms (read from the passages' doc values); the best
        // Top become the hits.
        var candidates = new List<(int Doc, float Score)>(docs.ScoreDocs.Length);
        var forms = exact is { Count: > 0 } ? new ExactFormReader(searcher.IndexReader) : null;
        foreach (var scoreDoc in docs.ScoreDocs)
        {
            float score = scoreDoc.Score;
            if (forms is not null) score *= 1 + forms.Share(scoreDoc.Doc, exact!);
            candidates.Add((scoreDoc.Doc, score));
        }
        if (candidates.Count > options.Top)
        {
            candidates.Sort(static (a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc));
            candidates.RemoveRange(options.Top, candidates.Count - options.Top);
        }

        var highlighter = parsed is null ? null
            : new Highlighter(new SimpleHTMLFormatter(Snippets.Open, Snippets.Close), new QueryScorer(parsed, IndexSchema.Text))
            {
                TextFragmenter = new NullFragmenter(),
            };
        var hits = new List<SearchHit>(candidates.Count);
        foreach (var (docId, score) in candidates)
        {
            var doc = searcher.Doc(docId);
            string text = doc.Get(IndexSchema.Text) ?? "";
            hits.Add(new SearchHit(
                doc.Get(IndexSchema.Id) ?? "",
                doc.GetField(IndexSchema.Passage)?.GetInt32Value() ?? 0,
                score,
                highlighter is null ? Snippets.Cut(text, MaxSnippetLength) : Snippet(highlighter, text),
                doc.GetField(IndexSchema.Start)?.GetInt32Value() ?? 0,
                doc.GetField(IndexSchema.End)?.GetInt32Value() ?? 0));
        }
        // Equal scores in document-id order, then passage order: the order of Lucene's internal document numbers,
        // which the collector breaks ties by, depends on which indexing thread added a passage.
        hits.Sort(static (a, b) =>
        {
            int c = b.Score.CompareTo(a.Score);
            if (c == 0) c = string.CompareOrdinal(a.Id, b.Id);
            return c != 0 ? c : a.Passage.CompareTo(b.Passage);
        });
        return new SearchResults(hits, docs.TotalHits,
            ordinals is null ? NoFacets : FacetResult(ordinals, facets, options.Facets));
    }

    private static readonly string[] FacetNames = [.. IndexSchema.Labels, SearchResults.YearFacet];
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> NoFacets = new Dictionary<string, IReadOnlyList<FacetCount>>();

    // The facet ordinals of the reader being searched, built on first use and kept until the reader changes.
    private FacetOrdinals Ordinals(IndexReader reader)
    {
        var current = _facetOrdinals;
        if (current is not null && ReferenceEquals(current.Reader, reader)) return current;
        current = new FacetOrdinals(reader, FacetNames);
        _facetOrdinals = current;
        return current;
    }

    private static Dictionary<string, IReadOnlyList<FacetCount>> FacetResult(FacetOrdinals ordinals, FacetCollector? facets, int top)
    {
        var result = new Dictionary<string, IReadOnlyList<FacetCount>>(FacetNames.Length, StringComparer.Ordinal);
        foreach (var name in FacetNames)
        {
            var list = facets?.Result(name, top) ?? [];
            if (name != IndexSchema.YearFacet)
                for (int j = 0; j < list.Count; j++) list[j] = list[j] with { Text = ordinals.Spelling(name, list[j].Value) };
            result[name] = list;
        }
        return result;
    }

    /// <summary>Closes the index.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _reader.Dispose();
        if (_ownsAnalyzer) _analyzer.Dispose();
        if (_ownsDirectory) _directory.Dispose();
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

    /// <summary>How many of the best passages by the stemmed query are ranked again by the query's exact forms.</summary>
    public const int ExactWindow = 50;

    // The hashes of the query's words as written, normalized but unstemmed (for الثورة: الثوره, where the text field
    // holds the stem ثوره of الثورة and of الثورات alike), when the index uses our analysis; null otherwise.
    private HashSet<uint>? ExactWords(string query)
    {
        if (_analyzer is not PassageFieldAnalyzer ours) return null;
        var words = new HashSet<string>(StringComparer.Ordinal);
        ArabicQueryParser.CollectWords(new ArabicQueryParser(ours.Unstemmed).Parse(query), words);
        var hashes = new HashSet<uint>();
        foreach (var word in words) hashes.Add(IndexSchema.WordHash(word));
        return hashes;
    }

    // Reads the IndexSchema.ExactForms values of one reader's passages. A passage's score is multiplied by 1 + the
    // share of the query's exact words it writes as the query does, so that among passages the stemmed query ranks
    // alike, those with the words as the query wrote them come first (الثورة before للثورات). The text field holds
    // stems only; an unstemmed text field did this before and cost two fifths of the indexing time.
    private sealed class ExactFormReader(IndexReader reader)
    {
        private readonly IList<AtomicReaderContext> _leaves = reader.Leaves;
        private readonly Dictionary<int, BinaryDocValues?> _values = [];
        private readonly BytesRef _bytes = new();

        public float Share(int doc, HashSet<uint> words)
        {
            int leaf = ReaderUtil.SubIndex(doc, _leaves);
            if (!_values.TryGetValue(leaf, out var values))
                _values[leaf] = values = _leaves[leaf].AtomicReader.GetBinaryDocValues(IndexSchema.ExactForms);
            if (values is null) return 0; // an index written before the field existed
            values.Get(doc - _leaves[leaf].DocBase, _bytes);
            var hashes = _bytes.Bytes.AsSpan(_bytes.Offset, _bytes.Length);
            int found = 0;
            foreach (uint word in words)
            {
                if (Contains(hashes, word)) found++;
            }
            return (float)found / words.Count;
        }

        // Binary search over ascending little-endian uint32 values.
        private static bool Contains(ReadOnlySpan<byte> hashes, uint word)
        {
            int lo = 0, hi = hashes.Length / 4 - 1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >>> 1;
                uint value = BinaryPrimitives.ReadUInt32LittleEndian(hashes.Slice(mid * 4, 4));
                if (value == word) return true;
                if (value < word) lo = mid + 1;
                else hi = mid - 1;
            }
            return false;
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
