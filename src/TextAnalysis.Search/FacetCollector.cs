using System.Buffers;
using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace TextAnalysis.Search;

/// <summary>
/// The global ordinals of the facet field (<see cref="IndexSchema.Facets"/>) for one index reader: a map from each
/// segment's ordinals to ordinals over the whole index, and the ordinal range of each facet name (keys sort by
/// bytes, so all <c>PERSON␟…</c> keys are contiguous). Built once per reader; immutable and thread-safe.
/// </summary>
internal sealed class FacetOrdinals
{
    private readonly MultiDocValues.OrdinalMap? _map;
    private readonly Dictionary<string, (long Low, long High)> _ranges = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string?> _spellings = new(StringComparer.Ordinal);

    public FacetOrdinals(IndexReader reader, IReadOnlyList<string> names)
    {
        Reader = reader;
        var leaves = reader.Leaves;
        var subs = new TermsEnum[leaves.Count];
        bool any = false;
        for (int i = 0; i < leaves.Count; i++)
        {
            var values = leaves[i].AtomicReader.GetSortedSetDocValues(IndexSchema.Facets);
            subs[i] = values?.GetTermsEnum() ?? TermsEnum.EMPTY;
            any |= values is not null;
        }
        if (!any) return;
        _map = new MultiDocValues.OrdinalMap(reader.CoreCacheKey, subs);
        var bytes = new BytesRef();
        foreach (var name in names)
        {
            // [first key ≥ "name␟", first key ≥ "name␠") where ␠ is the separator + 1.
            long low = LowerBound(name + IndexSchema.FacetSeparator, bytes);
            long high = LowerBound(name + (char)(IndexSchema.FacetSeparator + 1), bytes);
            _ranges[name] = (low, high);
        }
    }

    /// <summary>The reader the ordinals belong to.</summary>
    public IndexReader Reader { get; }

    /// <summary>Number of distinct facet keys in the index.</summary>
    public long ValueCount => _map?.ValueCount ?? 0;

    public MultiDocValues.OrdinalMap? Map => _map;

    /// <summary>The global ordinal range [Low, High) of a facet name's keys.</summary>
    public (long Low, long High) Range(string name) => _ranges.GetValueOrDefault(name);

    /// <summary>The key of a global ordinal (reads the first segment that has it, on the calling thread).</summary>
    public string Key(long globalOrd, BytesRef scratch)
    {
        int segment = _map!.GetFirstSegmentNumber(globalOrd);
        var values = Reader.Leaves[segment].AtomicReader.GetSortedSetDocValues(IndexSchema.Facets)!;
        values.LookupOrd(_map.GetFirstSegmentOrd(globalOrd), scratch);
        return scratch.Utf8ToString();
    }

    /// <summary>An entity facet value as written in the first live passage that has it (cached per reader): the
    /// stored spelling at the same position as the stored normalized value. "First" is in index order, which for an
    /// index built by several threads at once depends on their timing: a value written two ways (أوبك، اوبك) may show
    /// either.</summary>
    public string? Spelling(string label, string value) =>
        _spellings.GetOrAdd(IndexSchema.FacetKey(label, value), key =>
        {
            var docs = MultiFields.GetTermDocsEnum(Reader, MultiFields.GetLiveDocs(Reader), IndexSchema.Entity, new BytesRef(key), DocsFlags.NONE);
            if (docs is null) return null;
            int id = docs.NextDoc();
            if (id == DocIdSetIterator.NO_MORE_DOCS) return null;
            // The stored values are "key␟as written", one per mention of the passage.
            foreach (string stored in Reader.Document(id).GetValues(IndexSchema.EntityText))
            {
                if (IndexSchema.EntityTextSpelling(stored, key) is { } spelling) return spelling;
            }
            return null;
        });

    private long LowerBound(string key, BytesRef scratch)
    {
        long low = 0, high = ValueCount;
        while (low < high)
        {
            long mid = (low + high) >>> 1;
            if (string.CompareOrdinal(Key(mid, scratch), key) < 0) low = mid + 1;
            else high = mid;
        }
        return low;
    }
}

/// <summary>
/// Counts, over every matching passage, the facet keys it carries, by global ordinal (one value list read and one
/// array increment per key); at the end, only the top keys of each facet name are turned into strings. The count
/// array comes from a pool: <see cref="Dispose"/> gives it back.
/// </summary>
internal sealed class FacetCollector : ICollector, IDisposable
{
    private readonly FacetOrdinals _ordinals;
    private readonly int[] _counts;
    private SortedSetDocValues? _values;
    private int _segment;

    public FacetCollector(FacetOrdinals ordinals)
    {
        _ordinals = ordinals;
        int size = checked((int)ordinals.ValueCount);
        _counts = ArrayPool<int>.Shared.Rent(size);
        Array.Clear(_counts, 0, size);
    }

    public void Dispose() => ArrayPool<int>.Shared.Return(_counts);

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        _values = context.AtomicReader.GetSortedSetDocValues(IndexSchema.Facets);
        _segment = context.Ord;
    }

    public void Collect(int doc)
    {
        var values = _values;
        if (values is null) return;
        var map = _ordinals.Map!;
        values.SetDocument(doc);
        long ord;
        while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS) _counts[map.GetGlobalOrd(_segment, ord)]++;
    }

    /// <summary>The <paramref name="top"/> most frequent values of a facet name, most frequent first (ties in
    /// ordinal order of the value).</summary>
    public List<FacetCount> Result(string name, int top)
    {
        var (low, high) = _ordinals.Range(name);
        // The best ordinals so far, best first: a small insertion-sorted array.
        var best = new List<long>(Math.Min(top, 64) + 1);
        for (long g = low; g < high; g++)
        {
            int c = _counts[g];
            if (c == 0 || (best.Count == top && c <= _counts[best[^1]])) continue;
            int at = best.Count;
            while (at > 0 && _counts[best[at - 1]] < c) at--;
            best.Insert(at, g);
            if (best.Count > top) best.RemoveAt(top);
        }
        var scratch = new BytesRef();
        var result = new List<FacetCount>(best.Count);
        foreach (long g in best)
        {
            string key = _ordinals.Key(g, scratch);
            result.Add(new FacetCount(key[(key.IndexOf(IndexSchema.FacetSeparator, StringComparison.Ordinal) + 1)..], _counts[g]));
        }
        return result;
    }
}
