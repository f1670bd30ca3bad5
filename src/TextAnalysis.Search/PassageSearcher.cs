using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using TextAnalysis.Search.Analysis;
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
        // that contain them as written come first (see ExactShare).
        var exact = parsed is null ? null : ExactWords(query);
        int window = exact is { Count: > 0 } ? Math.Max(options.Top, ExactWindow) : options.Top;
        var topCollector = TopScoreDocCollector.Create(window, true);
        FacetOrdinals? ordinals = options.Facets > 0 ? Ordinals(searcher.IndexReader) : null;
        using FacetCollector? facets = ordinals is { ValueCount: > 0 } ? new FacetCollector(ordinals) : null;
        searcher.Search(search, facets is null ? topCollector : MultiCollector.Wrap(topCollector, facets));
        var docs = topCollector.GetTopDocs();

        var candidates = new List<(Document Doc, string Text, float Score)>(docs.ScoreDocs.Length);
        foreach (var scoreDoc in docs.ScoreDocs)
        {
            var doc = searcher.Doc(scoreDoc.Doc);
            string text = doc.Get(IndexSchema.Text) ?? "";
            float score = exact is { Count: > 0 } ? scoreDoc.Score * (1 + ExactShare((PassageFieldAnalyzer)_analyzer, text, exact)) : scoreDoc.Score;
            candidates.Add((doc, text, score));
        }
        // Best first; equal scores in document-id order, then passage order: the order of Lucene's internal document
        // numbers, which the collector breaks ties by, depends on which indexing thread added a passage.
        candidates.Sort(static (a, b) =>
        {
            int c = b.Score.CompareTo(a.Score);
            if (c == 0) c = string.CompareOrdinal(a.Doc.Get(IndexSchema.Id), b.Doc.Get(IndexSchema.Id));
            return c != 0 ? c : (a.Doc.GetField(IndexSchema.Passage)?.GetInt32Value() ?? 0).CompareTo(b.Doc.GetField(IndexSchema.Passage)?.GetInt32Value() ?? 0);
        });

        var highlighter = parsed is null ? null
            : new Highlighter(new SimpleHTMLFormatter(Snippets.Open, Snippets.Close), new QueryScorer(parsed, IndexSchema.Text))
            {
                TextFragmenter = new NullFragmenter(),
            };
        var hits = new List<SearchHit>(Math.Min(options.Top, candidates.Count));
        foreach (var (doc, text, score) in candidates.Take(options.Top))
        {
            hits.Add(new SearchHit(
                doc.Get(IndexSchema.Id) ?? "",
                doc.GetField(IndexSchema.Passage)?.GetInt32Value() ?? 0,
                score,
                highlighter is null ? Snippets.Cut(text, MaxSnippetLength) : Snippet(highlighter, text),
                doc.GetField(IndexSchema.Start)?.GetInt32Value() ?? 0,
                doc.GetField(IndexSchema.End)?.GetInt32Value() ?? 0));
        }
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

    // The query's words as written, normalized but unstemmed (for الثورة: الثوره, where the index holds ثور), when
    // the index uses our analysis; null otherwise.
    private HashSet<string>? ExactWords(string query)
    {
        if (_analyzer is not PassageFieldAnalyzer ours) return null;
        var words = new HashSet<string>(StringComparer.Ordinal);
        ArabicQueryParser.CollectWords(new ArabicQueryParser(ours.Unstemmed).Parse(query), words);
        return words;
    }

    // The share of the query's exact words that the passage contains as written: a passage's score is multiplied by
    // 1 + that share, so that among passages the stemmed query ranks alike, those with the words as the query wrote
    // them come first (الثورة before للثورات). The index holds stems only; this replaces an unstemmed field that cost
    // two fifths of the indexing time.
    private static float ExactShare(PassageFieldAnalyzer analyzer, string text, HashSet<string> words)
    {
        var unstemmed = analyzer.Unstemmed;
        var found = new HashSet<string>(StringComparer.Ordinal);
        using var tokens = unstemmed.GetTokenStream(IndexSchema.Text, text);
        var term = tokens.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        tokens.Reset();
        while (tokens.IncrementToken())
        {
            var word = term.ToString();
            if (words.Contains(word)) found.Add(word);
        }
        tokens.End();
        return (float)found.Count / words.Count;
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
