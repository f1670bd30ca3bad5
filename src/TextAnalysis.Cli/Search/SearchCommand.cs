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
        var query = new Argument<string?>("QUERY") { Arity = ArgumentArity.ZeroOrOne, Description = "Lucene query syntax: words, \"phrases\", AND/OR/NOT, prefix*, fuzzy~. May be left out when a filter is given." };
        var index = new Option<string>("--index") { Description = "The index folder.", Required = true };
        var top = new Option<int>("--top") { Description = "How many hits to show.", DefaultValueFactory = _ => 10 };
        var json = new Option<bool>("--json") { Description = "One JSON object per hit (and, with --facets, a last object with the counts)." };
        var queries = new Option<string?>("--queries") { Description = "A file of queries, one a line: one JSON object per query." };
        var person = new Option<string[]>("--person") { Description = "Only passages with a PERSON entity containing these words (repeatable).", Arity = ArgumentArity.OneOrMore };
        var location = new Option<string[]>("--location") { Description = "Only passages with a LOCATION entity containing these words (repeatable).", Arity = ArgumentArity.OneOrMore };
        var organization = new Option<string[]>("--organization") { Description = "Only passages with an ORGANIZATION entity containing these words (repeatable).", Arity = ArgumentArity.OneOrMore };
        var misc = new Option<string[]>("--misc") { Description = "Only passages with a MISC entity containing these words (repeatable).", Arity = ArgumentArity.OneOrMore };
        var from = new Option<string?>("--from") { Description = "Only passages mentioning a date on or after YYYY[-MM[-DD]] (the whole date inside the range)." };
        var to = new Option<string?>("--to") { Description = "Only passages mentioning a date on or before the end of YYYY[-MM[-DD]]." };
        var facets = new Option<bool>("--facets") { Description = "Also count the top entities per label and the years of ALL matching passages." };
        var facetCount = new Option<int>("--facet-count") { Description = "Values per facet with --facets.", DefaultValueFactory = _ => 10 };
        var command = new Command("search", "Search an index built by 'index'.")
        {
            query, index, top, json, queries, person, location, organization, misc, from, to, facets, facetCount,
        };
        command.SetAction(parse =>
        {
            string dir = parse.GetValue(index)!;
            string? q = parse.GetValue(query), file = parse.GetValue(queries);
            int n = parse.GetValue(top);
            if (n < 1) throw new UsageException("--top must be at least 1");
            var options = new SearchOptions
            {
                Top = n,
                Persons = parse.GetValue(person) ?? [],
                Locations = parse.GetValue(location) ?? [],
                Organizations = parse.GetValue(organization) ?? [],
                Misc = parse.GetValue(misc) ?? [],
                From = parse.GetValue(from),
                To = parse.GetValue(to),
                Facets = parse.GetValue(facets) ? parse.GetValue(facetCount) : 0,
            };
            if (parse.GetValue(facets) && parse.GetValue(facetCount) < 1) throw new UsageException("--facet-count must be at least 1");
            CheckDates(options);
            if (q is not null && file is not null) throw new UsageException("give either a QUERY or --queries FILE, not both");
            if (q is null && file is null)
            {
                if (!options.HasFilters) throw new UsageException("give a QUERY, --queries FILE, or a filter (--person, --location, --organization, --misc, --from, --to)");
                q = "";
            }
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
                ? SearchOne(searcher, q!, options, parse.GetValue(json), io)
                : SearchBatch(searcher, file, options, io);
        });
        return command;
    }

    private static void CheckDates(SearchOptions options)
    {
        if (options.From is { } f && !IsoDateRange.TryParse(f, out _)) throw new UsageException($"--from must be YYYY, YYYY-MM or YYYY-MM-DD, not '{f}'");
        if (options.To is { } t && !IsoDateRange.TryParse(t, out _)) throw new UsageException($"--to must be YYYY, YYYY-MM or YYYY-MM-DD, not '{t}'");
        if (IsoDateRange.TryParse(options.From, out var a) && IsoDateRange.TryParse(options.To, out var b) && b.Last < a.First)
            throw new UsageException($"--to {options.To} is before --from {options.From}");
    }

    private static int SearchOne(PassageSearcher searcher, string query, SearchOptions options, bool json, HostIO io)
    {
        SearchResults results;
        try
        {
            results = searcher.Search(query, options);
        }
        catch (SearchQueryException e)
        {
            io.Error.WriteLine($"error: {e.Message}");
            return Program.SomeInputFailed;
        }
        if (json)
        {
            foreach (var hit in results.Hits) io.Out.WriteLine(JsonSerializer.Serialize(HitJson.From(hit), HitJsonContext.Relaxed.HitJson));
            if (options.Facets > 0)
                io.Out.WriteLine(JsonSerializer.Serialize(new FacetsJson { Total = results.TotalHits, Facets = FacetsJson.From(results) }, HitJsonContext.Relaxed.FacetsJson));
        }
        else
        {
            WriteHits(results.Hits, io.Out, ReferenceEquals(io.Out, Console.Out) && !Console.IsOutputRedirected);
            if (options.Facets > 0) WriteFacets(results, io.Out);
        }
        io.Out.Flush();
        return Program.Ok;
    }

    private static void WriteFacets(SearchResults results, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"{results.TotalHits} matching passage(s)");
        foreach (var (name, counts) in results.Facets)
        {
            if (counts.Count == 0) continue;
            output.WriteLine($"{name}: " + string.Join(", ", counts.Select(c => $"{c.Text ?? c.Value} ({c.Count})")));
        }
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

    private static int SearchBatch(PassageSearcher searcher, string file, SearchOptions options, HostIO io)
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
                var found = searcher.Search(q, options);
                result.Hits = found.Hits.Select(HitJson.From).ToList();
                result.Total = found.TotalHits;
                if (options.Facets > 0) result.Facets = FacetsJson.From(found);
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
    [JsonPropertyName("total")] public int Total { get; set; }
    [JsonPropertyName("facets")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Dictionary<string, List<FacetJson>>? Facets { get; set; }
    [JsonPropertyName("error")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Error { get; set; }
}

/// <summary>The facet counts: the last line of <c>search --json --facets</c>, a field of each batch object.</summary>
internal sealed class FacetsJson
{
    [JsonPropertyName("total")] public int Total { get; init; }
    [JsonPropertyName("facets")] public required Dictionary<string, List<FacetJson>> Facets { get; init; }

    public static Dictionary<string, List<FacetJson>> From(SearchResults results) =>
        results.Facets.ToDictionary(f => f.Key, f => f.Value.Select(c => new FacetJson { Value = c.Value, Count = c.Count, Text = c.Text }).ToList());
}

internal sealed class FacetJson
{
    [JsonPropertyName("value")] public required string Value { get; init; }
    [JsonPropertyName("count")] public int Count { get; init; }
    [JsonPropertyName("text")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Text { get; init; }
}

[JsonSerializable(typeof(HitJson))]
[JsonSerializable(typeof(FacetsJson))]
[JsonSerializable(typeof(BatchJson))]
internal sealed partial class HitJsonContext : JsonSerializerContext
{
    /// <summary>Arabic left readable in the output.</summary>
    public static HitJsonContext Relaxed { get; } = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
