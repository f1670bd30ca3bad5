using TextAnalysis;
using TextAnalysis.Records;

// Build the pipeline once: it is frozen and thread-safe, reuse it for every document.
var analyzer = new TextAnalyzerBuilder().UseDates().UseNumbers().UseEntities().Build();

DocumentRecord record = analyzer.Analyze("وفي 22 يناير 1905 أضرب 150 ألف عامل في موسكو.", id: "doc-1");
foreach (var date in record.Dates!) Console.WriteLine($"date   {date.Text} → {date.Value}");
foreach (var number in record.Numbers!) Console.WriteLine($"number {number.Text} → {number.Value} ({number.Kind})");
foreach (var entity in record.Entities!) Console.WriteLine($"entity {entity.Text} → {entity.Label}");

// The record as one line of JSON, exactly as `extract` writes it.
Console.WriteLine(RecordJson.Serialize(record));
