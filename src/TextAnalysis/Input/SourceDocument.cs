namespace TextAnalysis.Input;

/// <summary>A document read from somewhere: its id, its source, and its text or the reason it has none.</summary>
/// <param name="Id">The id its record carries.</param>
/// <param name="Source">Where it came from (a path, <c>FILE#N</c>, <c>ARCHIVE.zip/ENTRY#N</c>).</param>
/// <param name="Text">The decoded original text; null when it could not be read.</param>
/// <param name="Error">Why it could not be read; null when it was.</param>
public sealed record SourceDocument(string Id, string Source, string? Text, string? Error)
{
    /// <summary>A date the document states about itself (a dateline, a JSON date field), for relative dates.</summary>
    public DateOnly? ReferenceDate { get; init; }

    /// <summary>A document that was read.</summary>
    public static SourceDocument Read(string id, string source, string text) => new(id, source, text, null);

    /// <summary>A document that could not be read.</summary>
    public static SourceDocument Failed(string id, string source, string error) => new(id, source, null, error);
}

/// <summary>How structured inputs (JSON, JSON Lines) are read.</summary>
public sealed record DocumentReaderOptions
{
    /// <summary>The default options: text from <c>content</c>, <c>text</c> or <c>body</c>; no id field; reference date
    /// from <c>date_extracted</c>, <c>date</c> or <c>published</c>.</summary>
    public static DocumentReaderOptions Default { get; } = new();

    /// <summary>Fields tried in order for a JSON object's text (the first present wins).</summary>
    public IReadOnlyList<string> TextFields { get; init; } = ["content", "text", "body"];

    /// <summary>A field holding the document's id; null: ids are <c>FILE#N</c>.</summary>
    public string? IdField { get; init; }

    /// <summary>Fields tried for the document's own date (ISO date or date-time at its start).</summary>
    public IReadOnlyList<string> DateFields { get; init; } = ["date_extracted", "date", "published"];

    /// <summary>A JSON object's title field, put before the text as its first line when present; null: none.</summary>
    public string? TitleField { get; init; }

    /// <summary>Where to count the bytes read (for progress with an estimated time left; see
    /// <see cref="InputMeter.ForPaths"/>); null: not counted.</summary>
    public InputMeter? Meter { get; init; }
}
