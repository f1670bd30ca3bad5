using System.Text.Encodings.Web;
using System.Text.Json;

namespace TextAnalysis.Records;

/// <summary>Writes and reads records as JSON Lines, with Arabic left readable (not \u-escaped).</summary>
public static class RecordJson
{
    /// <summary>The serializer options: source-generated metadata, relaxed escaping, one line per record.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = RecordJsonContext.Default,
        WriteIndented = false,
    };

    private static readonly RecordJsonContext Context = new(Options);

    /// <summary>The source-generated metadata of <see cref="DocumentRecord"/> (no reflection), for
    /// <c>JsonSerializer.Serialize(stream, record, RecordJson.DocumentRecordTypeInfo)</c> and the like.</summary>
    public static System.Text.Json.Serialization.Metadata.JsonTypeInfo<DocumentRecord> DocumentRecordTypeInfo => Context.DocumentRecord;

    /// <summary>One record as one line of JSON (no newline).</summary>
    public static string Serialize(DocumentRecord record) => JsonSerializer.Serialize(record, Context.DocumentRecord);

    /// <summary>Reads one line of JSON back into a record.</summary>
    public static DocumentRecord? Deserialize(string json) => JsonSerializer.Deserialize(json, Context.DocumentRecord);
}
