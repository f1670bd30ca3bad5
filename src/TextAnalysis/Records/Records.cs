using System.Text.Json.Serialization;

namespace TextAnalysis.Records;

/// <summary>One document's extraction record: the JSON object of CONTRACT.md.</summary>
public sealed class DocumentRecord
{
    /// <summary>The document's id (its path, or <c>FILE#N</c> for a line).</summary>
    [JsonPropertyName("id")] public required string Id { get; init; }

    /// <summary>Where the document came from.</summary>
    [JsonPropertyName("source")] public required string Source { get; init; }

    /// <summary>Why the document could not be processed; null when it was.</summary>
    [JsonPropertyName("error")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Error { get; init; }

    /// <summary>Date mentions in document order.</summary>
    [JsonPropertyName("dates")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<DateRecord>? Dates { get; init; }

    /// <summary>Number mentions in document order.</summary>
    [JsonPropertyName("numbers")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<NumberRecord>? Numbers { get; init; }

    /// <summary>Entity mentions in document order.</summary>
    [JsonPropertyName("entities")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<EntityRecord>? Entities { get; init; }

    /// <summary>An error record for a document that could not be processed.</summary>
    public static DocumentRecord Failed(string id, string source, string error) => new() { Id = id, Source = source, Error = error };
}

/// <summary>A span of the original text: UTF-16 offsets, end exclusive, and the exact text of that slice.</summary>
public interface ISpanRecord
{
    /// <summary>The exact slice of the original text.</summary>
    string Text { get; }
    /// <summary>Start offset (UTF-16 code units).</summary>
    int Start { get; }
    /// <summary>End offset, exclusive.</summary>
    int End { get; }
}

/// <summary>A date mention.</summary>
public sealed record DateRecord : ISpanRecord
{
    /// <inheritdoc />
    [JsonPropertyName("text")] public required string Text { get; init; }
    /// <inheritdoc />
    [JsonPropertyName("start")] public required int Start { get; init; }
    /// <inheritdoc />
    [JsonPropertyName("end")] public required int End { get; init; }

    /// <summary>The Gregorian ISO 8601 partial date (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-SP, decade YYY, century YY, and an
    /// ISO week YYYY-Www for a week: الأسبوع الماضي، أول أسبوع من أكتوبر 2014), or null.</summary>
    [JsonPropertyName("value")] public string? Value { get; init; }

    /// <summary>century, decade, year, season, month, week or day.</summary>
    [JsonPropertyName("grain")] public required string Grain { get; init; }

    /// <summary>gregorian or hijri: the calendar the text was written in.</summary>
    [JsonPropertyName("calendar")] public string Calendar { get; init; } = "gregorian";

    /// <summary>For Hijri dates, the Hijri date at its own grain (1445-09-15, 1445-09, 1445).</summary>
    [JsonPropertyName("hijri")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Hijri { get; init; }

    /// <summary>True when part of the value (year, month) was taken from the context.</summary>
    [JsonPropertyName("inferred")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Inferred { get; init; }

    /// <summary>For one end of a range (من 12 مايو حتى أواخر يوليو، بين عامي 1914 و1918، 1914-1918): <c>start</c> or
    /// <c>end</c>. The two ends are consecutive records; null when the date is not part of a range.</summary>
    [JsonPropertyName("range")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Range { get; init; }

    /// <summary>For a holiday (عيد الفطر، رأس السنة الهجرية، عيد الميلاد), its name as written; <see cref="Value"/> is
    /// its day in the year in question.</summary>
    [JsonPropertyName("holiday")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Holiday { get; init; }

    /// <summary>A time of day given with the date or alone (الساعة العاشرة صباحاً، 10:30 مساءً), as <c>HH:mm</c> on the
    /// 24-hour clock; <see cref="Value"/> stays the date. Null when no time is written.</summary>
    [JsonPropertyName("time")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Time { get; init; }
}

/// <summary>A number mention.</summary>
public sealed record NumberRecord : ISpanRecord
{
    /// <inheritdoc />
    [JsonPropertyName("text")] public required string Text { get; init; }
    /// <inheritdoc />
    [JsonPropertyName("start")] public required int Start { get; init; }
    /// <inheritdoc />
    [JsonPropertyName("end")] public required int End { get; init; }

    /// <summary>The numeric value.</summary>
    [JsonPropertyName("value")] public required double Value { get; init; }

    /// <summary>cardinal, ordinal, fraction, percent, money or quantity.</summary>
    [JsonPropertyName("kind")] public required string Kind { get; init; }

    /// <summary>ISO 4217 code, for money.</summary>
    [JsonPropertyName("currency")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Currency { get; init; }

    /// <summary>The unit of a quantity, or the counted noun of a count (singular lemma).</summary>
    [JsonPropertyName("unit")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Unit { get; init; }

    /// <summary>
    /// <c>"start"</c> or <c>"end"</c> when the number is one end of a range (من 10 إلى 20، 10-20، بين 5 و7); null otherwise.
    /// The two ends are two records next to each other in the list: in the number extractor's output a <c>"start"</c>
    /// record is always followed directly by its <c>"end"</c> record, and both carry the same kind, currency and unit.
    /// </summary>
    [JsonPropertyName("range")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Range { get; init; }

    /// <summary>
    /// True when the number written is too large for a <see cref="decimal"/> (beyond ±7.9 × 10^28: a hundred-digit number,
    /// ألف repeated many times). <see cref="Value"/> is then clamped to ±7.9 × 10^28, which a decimal holds, so that the
    /// record never holds an infinity or NaN, which JSON cannot represent.
    /// </summary>
    [JsonPropertyName("overflow")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Overflow { get; init; }
}

/// <summary>A named-entity mention.</summary>
public sealed record EntityRecord : ISpanRecord
{
    /// <inheritdoc />
    [JsonPropertyName("text")] public required string Text { get; init; }
    /// <inheritdoc />
    [JsonPropertyName("start")] public required int Start { get; init; }
    /// <inheritdoc />
    [JsonPropertyName("end")] public required int End { get; init; }

    /// <summary>PERSON, LOCATION, ORGANIZATION or MISC.</summary>
    [JsonPropertyName("label")] public required string Label { get; init; }

    /// <summary>A Latin transliteration written next to the name (PORT ARTHUR), if any.</summary>
    [JsonPropertyName("alias")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Alias { get; init; }

    /// <summary>The entity this mention names, within its document (<c>e1</c>, <c>e2</c>, …): mentions of one entity
    /// share it (the same name and label, the same Latin alias, or a person's later short name: لينين after
    /// فلاديمير لينين).</summary>
    [JsonPropertyName("entity")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Entity { get; init; }
}

/// <summary>Source-generated JSON metadata for the records; public through <see cref="RecordJson"/>.</summary>
[JsonSourceGenerationOptions(WriteIndented = false)]
[JsonSerializable(typeof(DocumentRecord))]
internal sealed partial class RecordJsonContext : JsonSerializerContext;
