using TextAnalysis.Records;

namespace TextAnalysis.Extraction.Dates;

/// <summary>
/// Finds date expressions (Gregorian month names of every region, Hijri months, numeric dates, years, seasons,
/// decades, centuries, holidays, weekdays, and relative expressions) and resolves them to Gregorian ISO partial
/// dates, taking missing years from the context. The two ends of a range are marked (<see cref="DateRecord.Range"/>),
/// holidays carry their name (<see cref="DateRecord.Holiday"/>) and a time of day written with a day is kept apart
/// from the value (<see cref="DateRecord.Time"/>). Stateless and thread-safe.
/// </summary>
public sealed class DateExtractor
{
    /// <summary>A shared instance.</summary>
    public static DateExtractor Default { get; } = new();

    /// <summary>The date mentions of <paramref name="text"/>, in document order.</summary>
    /// <param name="text">The analyzed text.</param>
    /// <param name="referenceDate">The date relative expressions (اليوم، أمس، العام الماضي، الخميس) are resolved against; when
    /// null, a full date on the text's first line (a news dateline) is used, if there is one. A weekday named alone is
    /// the last one up to that date when its sentence tells of the past (قال الوزير الثلاثاء), else the next one.</param>
    public IReadOnlyList<DateRecord> Extract(AnalyzedText text, DateOnly? referenceDate = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Tokens.Count == 0) return [];
        var mentions = DateParser.Parse(text);
        return mentions.Count == 0 ? [] : DateResolver.Resolve(text, mentions, referenceDate);
    }
}
