namespace TextAnalysis.Input;

/// <summary>A document read from somewhere: its id, its source, and its text or the reason it has none.</summary>
/// <param name="Id">The id its record carries.</param>
/// <param name="Source">Where it came from (a path, <c>FILE#N</c>).</param>
/// <param name="Text">The decoded original text; null when it could not be read.</param>
/// <param name="Error">Why it could not be read; null when it was.</param>
public sealed record SourceDocument(string Id, string Source, string? Text, string? Error)
{
    /// <summary>A document that was read.</summary>
    public static SourceDocument Read(string id, string source, string text) => new(id, source, text, null);

    /// <summary>A document that could not be read.</summary>
    public static SourceDocument Failed(string id, string source, string error) => new(id, source, null, error);
}
