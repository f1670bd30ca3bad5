namespace TextAnalysis.Search;

/// <summary>
/// What <see cref="PassageSearcher.Search(string, SearchOptions)"/> returns and how it filters. Filters combine with
/// AND: a passage must match the query and every filter given.
/// </summary>
public sealed record SearchOptions
{
    /// <summary>How many hits to return, best first (at least 1).</summary>
    public int Top { get; init; } = 10;

    /// <summary>Names a PERSON entity of the passage must contain (whole normalized words, in order:
    /// لينين matches «فلاديمير لينين», not «لينينجراد»). Each one must match.</summary>
    public IReadOnlyList<string> Persons { get; init; } = [];

    /// <summary>As <see cref="Persons"/>, for LOCATION entities.</summary>
    public IReadOnlyList<string> Locations { get; init; } = [];

    /// <summary>As <see cref="Persons"/>, for ORGANIZATION entities.</summary>
    public IReadOnlyList<string> Organizations { get; init; } = [];

    /// <summary>As <see cref="Persons"/>, for MISC entities.</summary>
    public IReadOnlyList<string> Misc { get; init; } = [];

    /// <summary>The passage must mention a date that lies wholly on or after the first day of this ISO partial date
    /// (<c>YYYY</c>, <c>YYYY-MM</c>, <c>YYYY-MM-DD</c>, or any value of <c>dates[].value</c>). Null: no lower bound.</summary>
    public string? From { get; init; }

    /// <summary>The passage must mention a date that lies wholly on or before the last day of this ISO partial date
    /// (<c>--to 1905</c> ends on 1905-12-31). With <see cref="From"/>, the same date must satisfy both.</summary>
    public string? To { get; init; }

    /// <summary>How many values of each facet to count (top entities per label and years, over ALL matching
    /// passages); 0 for no facets.</summary>
    public int Facets { get; init; }

    /// <summary>True when any entity or date filter is set.</summary>
    public bool HasFilters =>
        Persons.Count > 0 || Locations.Count > 0 || Organizations.Count > 0 || Misc.Count > 0 || From is not null || To is not null;

    internal IEnumerable<(string Label, string Value)> EntityFilters()
    {
        foreach (var v in Persons) yield return ("PERSON", v);
        foreach (var v in Locations) yield return ("LOCATION", v);
        foreach (var v in Organizations) yield return ("ORGANIZATION", v);
        foreach (var v in Misc) yield return ("MISC", v);
    }
}

/// <summary>One value of a facet and the number of matching passages that carry it.</summary>
/// <param name="Value">The normalized entity text (usable as a filter value) or the year (<c>YYYY</c>).</param>
/// <param name="Count">Matching passages with that value.</param>
/// <param name="Text">For an entity, one spelling of it as written in the index (الدولة for the value
/// الدوله); null for years and for indexes written before spellings were stored.</param>
public sealed record FacetCount(string Value, int Count, string? Text = null);

/// <summary>The answer to a search.</summary>
/// <param name="Hits">The best hits, best first.</param>
/// <param name="TotalHits">How many passages matched the query and the filters.</param>
/// <param name="Facets">When asked for: facet name (<c>PERSON</c>, <c>LOCATION</c>, <c>ORGANIZATION</c>, <c>MISC</c>,
/// <c>year</c>) → its most frequent values, most frequent first (ties in ordinal order of the value). Empty otherwise.</param>
public sealed record SearchResults(IReadOnlyList<SearchHit> Hits, int TotalHits, IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets)
{
    /// <summary>The facet name of the years of the matching passages.</summary>
    public const string YearFacet = IndexSchema.YearFacet;
}
