using Lucene.Net.Index;
using Lucene.Net.Search;
using TextAnalysis.Search.Analysis;

namespace TextAnalysis.Search;

/// <summary>Turns the entity and date filters of <see cref="SearchOptions"/> into one Lucene query (no scoring role).</summary>
internal static class SearchFilters
{
    private static readonly DateOnly LastDay = DateOnly.MaxValue;

    /// <summary>The conjunction of every filter of <paramref name="options"/>, or null when there is none.</summary>
    public static Query? Build(SearchOptions options)
    {
        if (!options.HasFilters) return null;
        var all = new BooleanQuery();
        foreach (var (label, value) in options.EntityFilters()) all.Add(Entity(label, value), Occur.MUST);
        if (options.From is not null || options.To is not null) all.Add(Dates(options.From, options.To), Occur.MUST);
        return all;
    }

    /// <summary>An entity of <paramref name="label"/> whose normalized words contain those of <paramref name="value"/>,
    /// consecutively. A value without any word matches nothing.</summary>
    public static Query Entity(string label, string value)
    {
        var phrase = new PhraseQuery();
        foreach (string term in EntityTermsStream.Terms(label, value)) phrase.Add(new Term(IndexSchema.EntityTerms, term));
        if (phrase.GetTerms().Length == 0) return new BooleanQuery();
        return phrase;
    }

    /// <summary>A date that lies wholly within [first day of <paramref name="from"/>, last day of <paramref name="to"/>].
    /// Each date is indexed by its grain and first day (<see cref="IndexSchema.DateStartKey"/>); the periods of one grain tile the calendar,
    /// so a period ends on or before the bound exactly when it starts before the period of that grain that holds the
    /// day after the bound.</summary>
    /// <exception cref="ArgumentException">A bound is not an ISO partial date, or they are in the wrong order.</exception>
    public static Query Dates(string? from, string? to)
    {
        DateOnly first = DateOnly.MinValue, last = LastDay;
        if (from is not null)
        {
            if (!IsoDateRange.TryParse(from, out var f)) throw new ArgumentException($"'{from}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", nameof(from));
            first = f.First;
        }
        if (to is not null)
        {
            if (!IsoDateRange.TryParse(to, out var t)) throw new ArgumentException($"'{to}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", nameof(to));
            last = t.Last;
        }
        if (last < first) throw new ArgumentException($"the date range {from} … {to} is empty", nameof(to));

        int? min = from is null ? null : IsoDateRange.Key(first);
        var any = new BooleanQuery();
        foreach (var grain in IsoDateRange.Grains)
        {
            int? maxExclusive = last == LastDay ? null : IsoDateRange.Key(IsoDateRange.PeriodStart(grain, last.AddDays(1)));
            if (min is not null && maxExclusive is not null && maxExclusive <= min) continue;
            // The grain's own range of the one numeric field: [grain, first day) up to (grain, end), or its whole range.
            int low = IndexSchema.DateStartKey(grain, min ?? 0);
            int high = maxExclusive is null ? IndexSchema.DateStartKey(grain, 0) + IndexSchema.GrainStride : IndexSchema.DateStartKey(grain, maxExclusive.Value);
            any.Add(NumericRangeQuery.NewInt32Range(IndexSchema.DateStart, IndexSchema.DateStartPrecisionStep, low, high, true, false), Occur.SHOULD);
        }
        return any;
    }
}
