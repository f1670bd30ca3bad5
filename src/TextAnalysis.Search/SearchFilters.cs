using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace TextAnalysis.Search;

/// <summary>Turns the entity and date filters of <see cref="SearchOptions"/> into one Lucene query (no scoring role).</summary>
internal static class SearchFilters
{
    private static readonly DateOnly LastDay = DateOnly.MaxValue;

    /// <summary>The conjunction of every filter of <paramref name="options"/>, or null when there is none.</summary>
    public static Query? Build(SearchOptions options, Analyzer analyzer)
    {
        if (!options.HasFilters) return null;
        var all = new BooleanQuery();
        foreach (var (label, value) in options.EntityFilters()) all.Add(Entity(label, value, analyzer), Occur.MUST);
        if (options.From is not null || options.To is not null) all.Add(Dates(options.From, options.To), Occur.MUST);
        return all;
    }

    /// <summary>An entity of <paramref name="label"/> whose normalized words contain those of <paramref name="value"/>,
    /// consecutively. A value without any word matches nothing.</summary>
    public static Query Entity(string label, string value, Analyzer analyzer)
    {
        string field = IndexSchema.EntityTermsField(label);
        var phrase = new PhraseQuery();
        using (var stream = analyzer.GetTokenStream(field, value))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken()) phrase.Add(new Term(field, term.ToString()));
            stream.End();
        }
        if (phrase.GetTerms().Length == 0) return new BooleanQuery();
        return phrase;
    }

    /// <summary>A date that lies wholly within [first day of <paramref name="from"/>, last day of <paramref name="to"/>].
    /// Each grain has its own field holding the first day of its dates; the periods of one grain tile the calendar,
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
            any.Add(NumericRangeQuery.NewInt32Range(IndexSchema.DateField(grain), min, maxExclusive, true, false), Occur.SHOULD);
        }
        return any;
    }
}
