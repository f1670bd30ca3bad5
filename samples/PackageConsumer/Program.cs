using TextAnalysis;
using TextAnalysis.Records;
using TextAnalysis.Search;

// Extracts the records of one Arabic sentence and searches an index, checking the values; exit code 1 on a mismatch.
var failures = new List<string>();
void Check(bool ok, string what)
{
    Console.WriteLine((ok ? "ok    " : "FAIL  ") + what);
    if (!ok) failures.Add(what);
}

const string text = "وفي 22 يناير 1905 أضرب 150 ألف عامل في موسكو احتجاجاً على الحرب.";
var analyzer = new TextAnalyzerBuilder().UseDates().UseNumbers().UseEntities().Build();
DocumentRecord record = analyzer.Analyze(text, "doc-1");
Console.WriteLine(RecordJson.Serialize(record));
Check(record.Dates!.Any(d => d.Text == "22 يناير 1905" && d.Value == "1905-01-22"), "date 22 يناير 1905 → 1905-01-22");
Check(record.Numbers!.Any(n => n.Text == "150 ألف" && n.Value == 150000), "number 150 ألف → 150000");
Check(record.Entities!.Any(e => e.Text == "موسكو" && e.Label == "LOCATION"), "entity موسكو → LOCATION");
Check(record.Dates!.Concat<ISpanRecord>(record.Numbers!).Concat(record.Entities!).All(s => text[s.Start..s.End] == s.Text), "every span slices back");

string index = Path.Combine(Path.GetTempPath(), "consumer-index-" + Guid.NewGuid().ToString("N"));
try
{
    using (var writer = new PassageIndexWriter(index))
    {
        writer.Index("doc-1", text, record);
        writer.Index("doc-2", "سطر عن باريس.\nوسطر ثان عن موسكو في الشتاء.", null);
        writer.Commit();
    }
    using var searcher = new PassageSearcher(index);
    var hits = searcher.Search("موسكو", top: 10);
    foreach (var hit in hits) Console.WriteLine($"{hit.Id} #{hit.Passage}: {hit.Snippet}");
    Check(hits.Count == 2, "search موسكو finds two passages");
    Check(hits.Any(h => h.Id == "doc-2" && h.Passage == 1), "the second line of doc-2 is one of them");
    Check(hits.All(h => h.Snippet.Contains("<mark>موسكو</mark>", StringComparison.Ordinal)), "matches are highlighted");
}
finally
{
    Directory.Delete(index, recursive: true);
}

Console.WriteLine(failures.Count == 0 ? "package consumer: all checks passed" : $"package consumer: {failures.Count} check(s) failed");
return failures.Count == 0 ? 0 : 1;
