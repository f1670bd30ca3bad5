using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using TextAnalysis.Search;

namespace TextAnalysis.Cli.Commands;

/// <summary><c>search QUERY --index DIR [--top N] [--json]</c> and <c>search --queries FILE --index DIR</c>.</summary>
internal static class SearchCommand
{
    public static Command Create(HostIO io)
    {
        var query = new Argument<string?>("QUERY") { Arity = ArgumentArity.ZeroOrOne, Description = "Lucene query syntax: words, \"phrases\", AND/OR/NOT, prefix*, fuzzy~." };
        var index = new Option<string>("--index") { Description = "The index folder.", Required = true };
        var top = new Option<int>("--top") { Description = "How many hits to show.", DefaultValueFactory = _ => 10 };
        var json = new Option<bool>("--json") { Description = "One JSON object per hit." };
        var queries = new Option<string?>("--queries") { Description = "A file of queries, one a line: one JSON object per query." };
        var command = new Command("search", "Search an index built by 'index'.") { query, index, top, json, queries };
        command.SetAction(parse =>
        {
            string dir = parse.GetValue(index)!;
            string? q = parse.GetValue(query), file = parse.GetValue(queries);
            int n = parse.GetValue(top);
            if (n < 1) throw new UsageException("--top must be at least 1");
            if ((q is null) == (file is null)) throw new UsageException("give either a QUERY or --queries FILE");
            if (!Directory.Exists(dir))
            {
                io.Error.WriteLine($"error: no index at {dir}; build one with 'index --index {dir}'");
                return Program.SomeInputFailed;
            }
            PassageSearcher searcher;
            try
            {
                searcher = new PassageSearcher(dir);
            }
            catch (Exception e) when (e is DirectoryNotFoundException or Lucene.Net.Index.IndexNotFoundException or IOException)
            {
                io.Error.WriteLine($"error: no index at {dir} ({e.Message}); build one with 'index --index {dir}'");
                return Program.SomeInputFailed;
            }
            using var _ = searcher;
            return file is null
                ? SearchOne(searcher, q!, n, parse.GetValue(json), io)
                : SearchBatch(searcher, file, n, io);
        });
        return command;
    }

    private static int SearchOne(PassageSearcher searcher, string query, int top, bool json, HostIO io)
    {
        IReadOnlyList<SearchHit> hits;
        try
        {
            hits = searcher.Search(query, top);
        }
        catch (SearchQueryException e)
        {
            io.Error.WriteLine($"error: {e.Message}");
            return Program.SomeInputFailed;
        }
        if (json)
        {
            foreach (var hit in hits) io.Out.WriteLine(JsonSerializer.Serialize(HitJson.From(hit), HitJsonContext.Relaxed.HitJson));
        }
        else
        {
            WriteHits(hits, io.Out, ReferenceEquals(io.Out, Console.Out) && !Console.IsOutputRedirected);
        }
        io.Out.Flush();
        return Program.Ok;
    }

    internal static void WriteHits(IReadOnlyList<SearchHit> hits, TextWriter output, bool ansi)
    {
        if (hits.Count == 0) output.WriteLine("no hits");
        for (int i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            output.WriteLine($"{i + 1}. {hit.Id}  passage {hit.Passage}  [{hit.Start}-{hit.End})  score {hit.Score.ToString("0.000", CultureInfo.InvariantCulture)}");
            string snippet = ansi ? hit.Snippet.Replace("<mark>", "\u001b[1;33m").Replace("</mark>", "\u001b[0m") : hit.Snippet;
            output.WriteLine("   " + snippet);
        }
    }

    private static int SearchBatch(PassageSearcher searcher, string file, int top, HostIO io)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            io.Error.WriteLine($"error: {file}: {e.Message}");
            return Program.SomeInputFailed;
        }
        int failed = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            string q = lines[i].Trim();
            if (q.Length == 0) continue;
            var result = new BatchJson { Line = i + 1, Query = q };
            try
            {
                result.Hits = searcher.Search(q, top).Select(HitJson.From).ToList();
            }
            catch (SearchQueryException e)
            {
                failed++;
                result.Hits = [];
                result.Error = e.Message;
                io.Error.WriteLine($"error: {file}#{i + 1}: {e.Message}");
            }
            io.Out.WriteLine(JsonSerializer.Serialize(result, HitJsonContext.Relaxed.BatchJson));
        }
        io.Out.Flush();
        return failed == 0 ? Program.Ok : Program.SomeInputFailed;
    }
}

internal sealed class HitJson
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("passage")] public int Passage { get; init; }
    [JsonPropertyName("score")] public float Score { get; init; }
    [JsonPropertyName("snippet")] public required string Snippet { get; init; }
    [JsonPropertyName("start")] public int Start { get; init; }
    [JsonPropertyName("end")] public int End { get; init; }

    public static HitJson From(SearchHit hit) =>
        new() { Id = hit.Id, Passage = hit.Passage, Score = hit.Score, Snippet = hit.Snippet, Start = hit.Start, End = hit.End };
}

internal sealed class BatchJson
{
    [JsonPropertyName("line")] public int Line { get; init; }
    [JsonPropertyName("query")] public required string Query { get; init; }
    [JsonPropertyName("hits")] public List<HitJson> Hits { get; set; } = [];
    [JsonPropertyName("error")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Error { get; set; }
}

[JsonSerializable(typeof(HitJson))]
[JsonSerializable(typeof(BatchJson))]
internal sealed partial class HitJsonContext : JsonSerializerContext
{
    /// <summary>Arabic left readable in the output.</summary>
    public static HitJsonContext Relaxed { get; } = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
