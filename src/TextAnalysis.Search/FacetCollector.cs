using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace TextAnalysis.Search;

/// <summary>
/// Counts, over every matching passage, the values of the facet field (SortedSetDocValues of <c>name␟value</c>
/// keys, <see cref="IndexSchema.FacetKey"/>): per segment by ordinal (an array increment per value), turned into
/// strings once per segment. Only the ordinals seen are visited at the end of a segment (a segment may hold far more
/// values than a query touches), and the count array is reused.
/// </summary>
internal sealed class FacetCollector : ICollector
{
    private readonly string _field;
    private readonly Dictionary<string, int> _totals = new(StringComparer.Ordinal);
    private readonly List<int> _touched = [];
    private SortedSetDocValues? _values;
    private int[] _counts = [];

    public FacetCollector(string field)
    {
        _field = field;
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _values = context.AtomicReader.GetSortedSetDocValues(_field);
        if (_values is null) return;
        int size = checked((int)_values.ValueCount);
        if (_counts.Length < size) _counts = new int[Math.Max(size, _counts.Length * 2)];
    }

    public void Collect(int doc)
    {
        var values = _values;
        if (values is null) return;
        var counts = _counts;
        values.SetDocument(doc);
        long ord;
        while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            if (counts[ord]++ == 0) _touched.Add((int)ord);
    }

    /// <summary>Facet name → its <paramref name="top"/> most frequent values, most frequent first (ties in ordinal
    /// order of the value).</summary>
    public Dictionary<string, List<FacetCount>> Result(int top)
    {
        Flush();
        var result = new Dictionary<string, List<FacetCount>>(StringComparer.Ordinal);
        foreach (var (key, count) in _totals)
        {
            int cut = key.IndexOf(IndexSchema.FacetSeparator, StringComparison.Ordinal);
            if (cut < 0) continue;
            string name = key[..cut];
            if (!result.TryGetValue(name, out var list)) result[name] = list = [];
            list.Add(new FacetCount(key[(cut + 1)..], count));
        }
        foreach (var list in result.Values)
        {
            list.Sort(static (a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.Value, b.Value));
            if (list.Count > top) list.RemoveRange(top, list.Count - top);
        }
        return result;
    }

    // Adds the finished segment's counts to the totals, by key, and clears them.
    private void Flush()
    {
        var values = _values;
        if (values is null) return;
        var bytes = new BytesRef();
        foreach (int ord in _touched)
        {
            values.LookupOrd(ord, bytes);
            string key = bytes.Utf8ToString();
            _totals[key] = _totals.GetValueOrDefault(key) + _counts[ord];
            _counts[ord] = 0;
        }
        _touched.Clear();
        _values = null;
    }
}
