using TextAnalysis.Extraction.Dates;
using TextAnalysis.Extraction.Entities;
using TextAnalysis.Extraction.Numbers;
using TextAnalysis.Input;
using TextAnalysis.Records;

namespace TextAnalysis;

/// <summary>
/// The frozen analysis pipeline: text layer, then the extractors that were switched on, then the resolution step
/// that settles overlaps. Immutable and thread-safe; build one with <see cref="TextAnalyzerBuilder"/>.
/// </summary>
public sealed class TextAnalyzer
{
    private readonly DateExtractor? _dates;
    private readonly NumberExtractor? _numbers;
    private readonly EntityRecognizer? _entities;

    internal TextAnalyzer(DateExtractor? dates, NumberExtractor? numbers, EntityRecognizer? entities, DateOnly? referenceDate, bool skipBoilerplate)
    {
        _dates = dates;
        _numbers = numbers;
        _entities = entities;
        ReferenceDate = referenceDate;
        SkipsBoilerplate = skipBoilerplate;
    }

    /// <summary>A pipeline with every stage on.</summary>
    public static TextAnalyzer Default { get; } = new TextAnalyzerBuilder().UseDates().UseNumbers().UseEntities().Build();

    /// <summary>The date that relative expressions (اليوم، أمس) are resolved against, if any.</summary>
    public DateOnly? ReferenceDate { get; }

    /// <summary>True when mentions inside web-page boilerplate lines (menus, breadcrumbs) are left out.</summary>
    public bool SkipsBoilerplate { get; }

    /// <summary>Runs the text layer only.</summary>
    public static AnalyzedText AnalyzeText(string text) => new(text);

    /// <summary>Extracts the records of one document.</summary>
    public DocumentRecord Analyze(string text, string id, string? source = null, DateOnly? referenceDate = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var analyzed = new AnalyzedText(text);
        var dates = _dates?.Extract(analyzed, referenceDate ?? ReferenceDate) ?? [];
        var numbers = _numbers?.Extract(analyzed) ?? [];
        var entities = _entities?.Recognize(analyzed) ?? [];
        var boilerplate = SkipsBoilerplate ? Boilerplate.Find(text) : [];
        return new DocumentRecord
        {
            Id = id,
            Source = source ?? id,
            Dates = Ordered(dates, boilerplate),
            Numbers = Ordered(Resolve(numbers, dates), boilerplate),
            Entities = EntityIds.Assign(Ordered(WithoutDates(entities, dates), boilerplate)),
        };
    }

    // A number inside a date is the date's: drop numbers that overlap any date span. One sweep over both lists in
    // start order, so a long document with many of each stays linear.
    private static List<NumberRecord> Resolve(IReadOnlyList<NumberRecord> numbers, IReadOnlyList<DateRecord> dates)
    {
        var kept = new List<NumberRecord>(numbers.Count);
        if (dates.Count == 0)
        {
            kept.AddRange(numbers);
            return kept;
        }
        var sortedDates = dates.OrderBy(d => d.Start).ToArray();
        // maxEnd[i]: the furthest end among dates 0..i, so "some date starting before n.End reaches past n.Start" is one lookup.
        var maxEnd = new int[sortedDates.Length];
        for (int i = 0; i < sortedDates.Length; i++)
            maxEnd[i] = Math.Max(sortedDates[i].End, i > 0 ? maxEnd[i - 1] : int.MinValue);
        var dropped = new HashSet<NumberRecord>(ReferenceEqualityComparer.Instance);
        foreach (var n in numbers.OrderBy(n => n.Start))
        {
            // The last date that starts before the number ends.
            int lo = 0, hi = sortedDates.Length - 1, last = -1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >>> 1;
                if (sortedDates[mid].Start < n.End) { last = mid; lo = mid + 1; }
                else hi = mid - 1;
            }
            bool overlaps = last >= 0 && maxEnd[last] > n.Start;
            if (!overlaps) kept.Add(n);
            else dropped.Add(n);
        }
        return dropped.Count == 0 ? kept : UnlinkOrphanedRangeEnds(numbers, kept, dropped);
    }

    // A name that is a date, lies inside one or (but for an event) straddles one of its ends is a month or a day read
    // as a name (ربيع الأول, صباح الخامس من آذار, ميلاديا): the date wins. A name that holds a whole date and more keeps
    // it (بيان 17 أكتوبر, شارع 26 يوليو).
    internal static IReadOnlyList<EntityRecord> WithoutDates(IReadOnlyList<EntityRecord> entities, IReadOnlyList<DateRecord> dates)
    {
        if (dates.Count == 0 || entities.Count == 0) return entities;
        // Dates in start order with the furthest end so far, so that only the dates that can overlap a name are
        // visited: a long document with many of each stays near linear.
        var sorted = dates.OrderBy(d => d.Start).ToArray();
        var maxEnd = new int[sorted.Length];
        for (int i = 0; i < sorted.Length; i++) maxEnd[i] = Math.Max(sorted[i].End, i > 0 ? maxEnd[i - 1] : int.MinValue);
        var kept = new List<EntityRecord>(entities.Count);
        foreach (var e in entities)
        {
            // The last date that starts before the name ends; earlier ones overlap it only while their ends reach it.
            int lo = 0, hi = sorted.Length - 1, last = -1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >>> 1;
                if (sorted[mid].Start < e.End) { last = mid; lo = mid + 1; }
                else hi = mid - 1;
            }
            bool clash = false;
            for (int k = last; k >= 0 && maxEnd[k] > e.Start && !clash; k--)
            {
                var d = sorted[k];
                if (d.End <= e.Start) continue;
                if (e.Start <= d.Start && d.End <= e.End && e.End - e.Start > d.End - d.Start) continue;
                // An event may run into a date it is named after (ثورة كانون الثاني/يناير 2011).
                if (e.Label == EntityLabels.RecordName(EntityLabel.Misc) && (e.Start < d.Start || d.End < e.End)) continue;
                clash = true;
            }
            if (!clash) kept.Add(e);
        }
        return kept;
    }

    // A range whose other end went to a date is no range any more: its remaining end loses the mark.
    private static List<NumberRecord> UnlinkOrphanedRangeEnds(IReadOnlyList<NumberRecord> all, List<NumberRecord> kept, HashSet<NumberRecord> dropped)
    {
        var orphans = new HashSet<NumberRecord>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i + 1 < all.Count; i++)
        {
            if (all[i].Range != "start" || all[i + 1].Range != "end") continue;
            bool a = dropped.Contains(all[i]), b = dropped.Contains(all[i + 1]);
            if (a && !b) orphans.Add(all[i + 1]);
            if (b && !a) orphans.Add(all[i]);
        }
        if (orphans.Count == 0) return kept;
        return kept.Select(n => orphans.Contains(n) ? n with { Range = null } : n).ToList();
    }

    private static List<T> Ordered<T>(IEnumerable<T> items, IReadOnlyList<Tokenization.Passage> boilerplate) where T : ISpanRecord =>
        items.Where(i => boilerplate.Count == 0 || !Boilerplate.Covers(boilerplate, i.Start, i.End))
            .OrderBy(i => i.Start).ThenBy(i => i.End).ToList();
}

/// <summary>Picks the stages and options of a <see cref="TextAnalyzer"/>. Each <c>UseXxx</c> is idempotent.</summary>
public sealed class TextAnalyzerBuilder
{
    private DateExtractor? _dates;
    private NumberExtractor? _numbers;
    private EntityRecognizer? _entities;
    private DateOnly? _referenceDate;
    private bool _skipBoilerplate;

    /// <summary>Switches date extraction on.</summary>
    public TextAnalyzerBuilder UseDates(DateExtractor? extractor = null)
    {
        _dates = extractor ?? _dates ?? DateExtractor.Default;
        return this;
    }

    /// <summary>Switches number extraction on.</summary>
    public TextAnalyzerBuilder UseNumbers(NumberExtractor? extractor = null)
    {
        _numbers = extractor ?? _numbers ?? NumberExtractor.Default;
        return this;
    }

    /// <summary>Switches named-entity recognition on.</summary>
    public TextAnalyzerBuilder UseEntities(EntityRecognizer? recognizer = null)
    {
        _entities = recognizer ?? _entities ?? EntityRecognizer.Default;
        return this;
    }

    /// <summary>Sets the date that relative expressions are resolved against.</summary>
    public TextAnalyzerBuilder WithReferenceDate(DateOnly? date)
    {
        _referenceDate = date;
        return this;
    }

    /// <summary>Leaves out mentions inside web-page boilerplate (navigation menus, breadcrumbs); see <see cref="Boilerplate"/>.</summary>
    public TextAnalyzerBuilder SkipBoilerplate(bool skip = true)
    {
        _skipBoilerplate = skip;
        return this;
    }

    /// <summary>Freezes the choices into a thread-safe pipeline.</summary>
    public TextAnalyzer Build() => new(_dates, _numbers, _entities, _referenceDate, _skipBoilerplate);
}
