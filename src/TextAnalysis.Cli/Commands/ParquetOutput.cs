using System.Globalization;
using Parquet.Serialization;
using TextAnalysis.Records;

namespace TextAnalysis.Cli.Commands;

/// <summary>One row per mention (or per failed document), the flat shape that Spark, DuckDB and data lakes read.</summary>
public sealed class MentionRow
{
    public string Id { get; set; } = "";
    public string Source { get; set; } = "";
    /// <summary>date, number, entity, or error.</summary>
    public string Type { get; set; } = "";
    public string? Text { get; set; }
    public int? Start { get; set; }
    public int? End { get; set; }
    /// <summary>The date's ISO value, the number's value as text, or the entity's label.</summary>
    public string? Value { get; set; }
    public double? Number { get; set; }
    /// <summary>Date grain, number kind.</summary>
    public string? Kind { get; set; }
    public string? Unit { get; set; }
    public string? Currency { get; set; }
    public string? Calendar { get; set; }
    public string? Hijri { get; set; }
    public bool? Inferred { get; set; }
    public string? Error { get; set; }

    public static IEnumerable<MentionRow> From(DocumentRecord r)
    {
        if (r.Error is not null)
        {
            yield return new MentionRow { Id = r.Id, Source = r.Source, Type = "error", Error = r.Error };
            yield break;
        }
        foreach (var d in r.Dates ?? [])
            yield return new MentionRow { Id = r.Id, Source = r.Source, Type = "date", Text = d.Text, Start = d.Start, End = d.End, Value = d.Value, Kind = d.Grain, Calendar = d.Calendar, Hijri = d.Hijri, Inferred = d.Inferred };
        foreach (var n in r.Numbers ?? [])
            yield return new MentionRow { Id = r.Id, Source = r.Source, Type = "number", Text = n.Text, Start = n.Start, End = n.End, Value = n.Value.ToString("R", CultureInfo.InvariantCulture), Number = n.Value, Kind = n.Kind, Unit = n.Unit, Currency = n.Currency };
        foreach (var e in r.Entities ?? [])
            yield return new MentionRow { Id = r.Id, Source = r.Source, Type = "entity", Text = e.Text, Start = e.Start, End = e.End, Value = e.Label };
    }
}

/// <summary>Writes records to a Parquet file in row groups, so memory stays bounded however many records come.</summary>
internal sealed class ParquetOutput(string path) : IDisposable
{
    private const int RowGroupSize = 50_000;
    private readonly FileStream _stream = new(path, FileMode.Create, FileAccess.ReadWrite);
    private readonly List<MentionRow> _pending = new(RowGroupSize);
    private bool _started;

    public void Write(DocumentRecord record)
    {
        _pending.AddRange(MentionRow.From(record));
        if (_pending.Count >= RowGroupSize) Flush();
    }

    public void Flush()
    {
        if (_pending.Count == 0 && _started) return;
        ParquetSerializer.SerializeAsync(_pending, _stream, new Parquet.ParquetOptions { Append = _started }).GetAwaiter().GetResult();
        _started = true;
        _pending.Clear();
    }

    public void Dispose()
    {
        Flush();
        _stream.Dispose();
    }
}
