namespace TextAnalysis.Search;

/// <summary>The fields of a passage document in the index. One Lucene document per passage (non-empty line).</summary>
public static class IndexSchema
{
    /// <summary>The document's id (StringField, stored): every passage of a document carries it.</summary>
    public const string Id = "id";

    /// <summary>The passage's number in the document, from 0 (Int32Field, indexed and stored).</summary>
    public const string Passage = "passage";

    /// <summary>The passage's start offset in the document's original text (stored).</summary>
    public const string Start = "start";

    /// <summary>The passage's end offset (exclusive) in the document's original text (stored).</summary>
    public const string End = "end";

    /// <summary>The passage's original text: stored, analyzed with stemming, with positions (no term vectors: the
    /// highlighter analyzes the stored passage again).</summary>
    public const string Text = "text";

    /// <summary>The passage's text analyzed without stemming (normalized forms only), for exact matches and phrases.</summary>
    public const string Exact = "exact";

    /// <summary>Prefix of the entity fields: <c>entity_person</c>, <c>entity_location</c>… (StringField, normalized
    /// entity text, stored), one value per entity mention inside the passage.</summary>
    public const string EntityPrefix = "entity_";

    /// <summary>The ISO values of the dates inside the passage (StringField, stored).</summary>
    public const string Date = "date";

    /// <summary>Prefix of the entity spelling fields (<c>entitytext_person</c>…, stored only): each entity as written,
    /// in the same order as the values of <see cref="EntityPrefix"/> fields, to show facet values as written.</summary>
    public const string EntityTextPrefix = "entitytext_";

    /// <summary>The entity spelling field for a record label (PERSON → <c>entitytext_person</c>).</summary>
    public static string EntityTextField(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return EntityTextPrefix + label.ToLowerInvariant();
    }

    /// <summary>Prefix of the entity word fields (<c>entityterms_person</c>…): each entity's normalized, unstemmed
    /// words, entities kept apart by a position gap, so a filter can match a name inside a longer one.</summary>
    public const string EntityTermsPrefix = "entityterms_";

    /// <summary>The facet field (SortedSetDocValues, one field for all facets so that counting reads one value
    /// list per passage): <see cref="FacetKey"/>s <c>PERSON␟normalized entity</c>… and <c>year␟YYYY</c>.</summary>
    public const string Facets = "facets";

    /// <summary>Separates the facet name from the value in a <see cref="Facets"/> key (U+001F, unit separator).</summary>
    public const char FacetSeparator = '\u001F';

    /// <summary>The facet name of the years of a passage's dates.</summary>
    public const string YearFacet = "year";

    /// <summary>The key of a facet value: <paramref name="facet"/> (a label or <see cref="YearFacet"/>), the separator, the value.</summary>
    public static string FacetKey(string facet, string value) => string.Concat(facet, FacetSeparator.ToString(), value);

    /// <summary>Prefix of the numeric date fields: <c>date_day</c>, <c>date_month</c>, <c>date_season</c>,
    /// <c>date_year</c>, <c>date_decade</c>, <c>date_century</c> (Int32Field, not stored): the first day
    /// (<c>yyyymmdd</c>) of each date of that grain inside the passage.</summary>
    public const string DatePrefix = "date_";

    /// <summary>The entity labels of CONTRACT.md.</summary>
    public static IReadOnlyList<string> Labels { get; } = ["PERSON", "LOCATION", "ORGANIZATION", "MISC"];

    /// <summary>The entity word field for a record label (PERSON → <c>entityterms_person</c>).</summary>
    public static string EntityTermsField(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return EntityTermsPrefix + label.ToLowerInvariant();
    }

    /// <summary>The numeric date field of a grain (<see cref="DateGrain.Year"/> → <c>date_year</c>).</summary>
    public static string DateField(DateGrain grain) => DatePrefix + grain.ToString().ToLowerInvariant();

    /// <summary>The entity field for a record label (PERSON → <c>entity_person</c>).</summary>
    public static string EntityField(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return EntityPrefix + label.ToLowerInvariant();
    }
}
