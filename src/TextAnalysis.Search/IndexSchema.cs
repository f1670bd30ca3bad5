namespace TextAnalysis.Search;

/// <summary>The fields of a passage document in the index. One Lucene document per passage (non-empty line).</summary>
public static class IndexSchema
{
    /// <summary>The document's id (StringField, stored): every passage of a document carries it.</summary>
    public const string Id = "id";

    /// <summary>The passage's number in the document, from 0 (stored).</summary>
    public const string Passage = "passage";

    /// <summary>The passage's start offset in the document's original text (stored).</summary>
    public const string Start = "start";

    /// <summary>The passage's end offset (exclusive) in the document's original text (stored).</summary>
    public const string End = "end";

    /// <summary>The passage's original text: stored, analyzed with stemming, with positions (no term vectors: the
    /// highlighter analyzes the stored passage again).</summary>
    public const string Text = "text";

    /// <summary>The passage's words as written, normalized but not stemmed (BinaryDocValues, not indexed): the
    /// distinct <see cref="WordHash"/> values of its words, ascending, four bytes each (little-endian). The searcher
    /// reads them to rank passages that write a query's words as the query does before other forms of the same stems.</summary>
    public const string ExactForms = "exactforms";

    /// <summary>The 32-bit hash of a normalized word in <see cref="ExactForms"/> (FNV-1a over its UTF-16 code units:
    /// the same in every process).</summary>
    public static uint WordHash(ReadOnlySpan<char> normalizedWord)
    {
        uint h = 2166136261;
        foreach (char c in normalizedWord)
        {
            h ^= c;
            h *= 16777619;
        }
        return h;
    }

    /// <summary>The entities inside the passage (StringField, not stored), one value per mention: its
    /// <see cref="FacetKey"/>, <c>PERSON␟normalized entity</c>, for exact lookups.</summary>
    public const string Entity = "entity";

    /// <summary>The entities inside the passage as written (StoredField, not indexed), one value per mention: its
    /// <see cref="FacetKey"/>, the separator, the entity as written (<c>PERSON␟لينين␟لِينين</c>), to show facet values
    /// as written.</summary>
    public const string EntityText = "entitytext";

    // A value of EntityText: the mention's key, the separator, the mention as written.
    internal static string EntityTextValue(string key, string written) => string.Concat(key, Separator, written);

    // The spelling in a value of EntityText when the value belongs to key; null otherwise.
    internal static string? EntityTextSpelling(string stored, string key) =>
        stored.Length > key.Length && stored[key.Length] == FacetSeparator && stored.StartsWith(key, StringComparison.Ordinal)
            ? stored[(key.Length + 1)..]
            : null;

    /// <summary>The entities' words (pre-analysed, positions, no norms): each entity's normalized, unstemmed words as
    /// <see cref="EntityTerm"/>s (label, separator, word), entities kept apart by a position gap, so a filter can
    /// match a name inside a longer one of the same label.</summary>
    public const string EntityTerms = "entityterms";

    /// <summary>The term of <see cref="EntityTerms"/> for a word of an entity of <paramref name="label"/>.</summary>
    public static string EntityTerm(string label, string word) => FacetKey(label, word);

    /// <summary>The ISO values of the dates inside the passage (StringField, stored).</summary>
    public const string Date = "date";

    /// <summary>The dates inside the passage as numbers (Int32Field, not stored): <see cref="DateStartKey"/> of each,
    /// its grain and first day in one value, so one numeric field serves the range filters of every grain.</summary>
    public const string DateStart = "datestart";

    /// <summary>The value of <see cref="DateStart"/> for a date of <paramref name="grain"/> starting on the
    /// <c>yyyymmdd</c> key <paramref name="firstDay"/>: grain × 10⁸ + key, so the dates of one grain form one range
    /// ordered like their first days.</summary>
    public static int DateStartKey(DateGrain grain, int firstDay) => (int)grain * GrainStride + firstDay;

    /// <summary>The numeric precision step of <see cref="DateStart"/> (one term per value: range queries over it must
    /// pass the same step).</summary>
    public const int DateStartPrecisionStep = 32;

    /// <summary>The distance between the <see cref="DateStart"/> values of two grains (10⁸: above every <c>yyyymmdd</c>).</summary>
    public const int GrainStride = 100_000_000;

    /// <summary>The facet field (SortedSetDocValues, one field for all facets so that counting reads one value
    /// list per passage): <see cref="FacetKey"/>s <c>PERSON␟normalized entity</c>… and <c>year␟YYYY</c>.</summary>
    public const string Facets = "facets";

    /// <summary>Separates the facet name from the value in a <see cref="Facets"/> key (U+001F, unit separator).</summary>
    public const char FacetSeparator = '\u001F';

    /// <summary>The facet name of the years of a passage's dates.</summary>
    public const string YearFacet = "year";

    /// <summary>The key of a facet value: <paramref name="facet"/> (a label or <see cref="YearFacet"/>), the separator, the value.</summary>
    public static string FacetKey(string facet, string value) => string.Concat(facet, Separator, value);

    private const string Separator = "\u001F";

    /// <summary>The entity labels of CONTRACT.md.</summary>
    public static IReadOnlyList<string> Labels { get; } = ["PERSON", "LOCATION", "ORGANIZATION", "MISC"];
}
