using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace TextAnalysis.Search;

/// <summary>
/// Counts, over every matching passage, the values of SortedSetDocValues facet fields: per segment by ordinal (an
/// array increment per value), turned into strings once per segment. Only the ordinals seen are visited at the end
/// of a segment (a segment may hold far more values than a query touches), and the count arrays are reused.
/// </summary>
internal sealed class FacetCollector : ICollector
{
    private readonly string[] _fields;
    private readonly Dictionary<string, int>[] _totals;
    private readonly SortedSetDocValues?[] _values;
    private readonly int[][] _counts;
    private readonly List<int>[] _touched;

    public FacetCollector(IReadOnlyList<string> fields)
    {
        _fields = [.. fields];
        _totals = new Dictionary<string, int>[_fields.Length];
        for (int i = 0; i < _totals.Length; i++) _totals[i] = new Dictionary<string, int>(StringComparer.Ordinal);
        _values = new SortedSetDocValues?[_fields.Length];
        _counts = new int[_fields.Length][];
        _touched = new List<int>[_fields.Length];
        for (int i = 0; i < _fields.Length; i++)
        {
            _counts[i] = [];
            _touched[i] = [];
        }
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        for (int i = 0; i < _fields.Length; i++)
        {
            var values = context.AtomicReader.GetSortedSetDocValues(_fields[i]);
            _values[i] = values;
            if (values is null) continue;
            int size = checked((int)values.ValueCount);
            if (_counts[i].Length < size) _counts[i] = new int[Math.Max(size, _counts[i].Length * 2)];
        }
    }

    public void Collect(int doc)
    {
        for (int i = 0; i < _values.Length; i++)
        {
            var values = _values[i];
            if (values is null) continue;
            var counts = _counts[i];
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                if (counts[ord]++ == 0) _touched[i].Add((int)ord);
        }
    }

    /// <summary>The <paramref name="top"/> most frequent values of each field, in the order the fields were given.</summary>
    public List<FacetCount>[] Result(int top)
    {
        Flush();
        var result = new List<FacetCount>[_fields.Length];
        for (int i = 0; i < _fields.Length; i++)
        {
            var list = new List<FacetCount>(_totals[i].Count);
            foreach (var (value, count) in _totals[i]) list.Add(new FacetCount(value, count));
            list.Sort(static (a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.Value, b.Value));
            if (list.Count > top) list.RemoveRange(top, list.Count - top);
            result[i] = list;
        }
        return result;
    }

    // Adds the finished segment's counts to the totals, by value.
    private void Flush()
    {
        var bytes = new BytesRef();
        for (int i = 0; i < _fields.Length; i++)
        {
            var values = _values[i];
            if (values is null) continue;
            var counts = _counts[i];
            var totals = _totals[i];
            foreach (int ord in _touched[i])
            {
                values.LookupOrd(ord, bytes);
                string value = bytes.Utf8ToString();
                totals[value] = totals.GetValueOrDefault(value) + counts[ord];
                counts[ord] = 0;
            }
            _touched[i].Clear();
            _values[i] = null;
        }
    }
}
