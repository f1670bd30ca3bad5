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
            Entities = Ordered(entities, boilerplate),
        };
    }

    // A number inside a date is the date's: drop numbers that overlap any date span.
    private static IEnumerable<NumberRecord> Resolve(IReadOnlyList<NumberRecord> numbers, IReadOnlyList<DateRecord> dates)
    {
        if (dates.Count == 0) return numbers;
        return numbers.Where(n => !dates.Any(d => n.Start < d.End && d.Start < n.End));
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
