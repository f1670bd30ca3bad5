using TextAnalysis.Input;
using TextAnalysis.Normalization;
using TextAnalysis.Records;
using TextAnalysis.Tokenization;

namespace TextAnalysis.Cli.Report;

/// <summary>A span of a document: where an item of the report comes from.</summary>
internal readonly record struct MentionRef(int Doc, int Start, int End, bool Inferred = false);

/// <summary>How much the report shows: everything beyond these caps is counted and said to be left out.</summary>
internal sealed record ReportLimits
{
    public int TimelineEntries { get; init; } = 120;
    public int MentionsPerItem { get; init; } = 3;
    /// <summary>References kept per item: more than shown, so that copies of one article can be skipped.</summary>
    public int ExamplesKept => MentionsPerItem * 2;
    public int Undated { get; init; } = 30;
    public int EntitiesPerLabel { get; init; } = 12;
    public int Pairs { get; init; } = 20;
    public int NumbersPerKind { get; init; } = 10;
    /// <summary>Entities of one sentence taken into the co-occurrence pairs (a list of 40 names is not 780 pairs).</summary>
    public int EntitiesPerSentence { get; init; } = 12;
}

/// <summary>All the mentions of one date value (same value, grain and Hijri date).</summary>
internal sealed class DateGroup(ReportDate date, string value, string calendar, string? hijri)
{
    public ReportDate Date { get; } = date;
    public string Value { get; } = value;
    public string Calendar { get; } = calendar;
    public string? Hijri { get; } = hijri;
    public int Count { get; set; }
    public int InferredCount { get; set; }
    public List<MentionRef> Examples { get; } = [];
}

/// <summary>One entity (label and normalized name) across the corpus.</summary>
internal sealed class EntityStat(int id, string label)
{
    public int Id { get; } = id;
    public string Label { get; } = label;
    public int Count { get; set; }
    public int Documents { get; set; }
    public int LastDoc { get; set; } = -1;
    public Dictionary<string, int> Forms { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, int> Aliases { get; } = new(StringComparer.Ordinal);
    public List<MentionRef> Examples { get; } = [];

    /// <summary>The form written most often (ties: the first seen).</summary>
    public string Name => Top(Forms)!;

    public IEnumerable<string> AliasNames => Aliases.OrderByDescending(a => a.Value).Select(a => a.Key);

    private static string? Top(Dictionary<string, int> counts)
    {
        string? best = null;
        int n = -1;
        foreach (var (key, count) in counts)
            if (count > n) (best, n) = (key, count);
        return best;
    }
}

/// <summary>Two entities named in the same sentence, how often, and the first sentence that does.</summary>
internal sealed class PairStat(MentionRef first, MentionRef second)
{
    public int Count { get; set; }
    public MentionRef First { get; } = first;
    public MentionRef Second { get; } = second;
}

/// <summary>All the mentions of one number (kind, value, unit or currency).</summary>
internal sealed class NumberGroup(NumberRecord number)
{
    public string Kind { get; } = number.Kind;
    public double Value { get; } = number.Value;
    public string? Unit { get; } = number.Unit;
    public string? Currency { get; } = number.Currency;
    public string Text { get; } = number.Text;
    public int Count { get; set; }
    public List<MentionRef> Examples { get; } = [];
}

/// <summary>A date mention with no value (or one the report cannot place on the axis).</summary>
internal sealed record UndatedMention(string Text, string Grain, MentionRef Ref);

/// <summary>A document the report read: its id, source, and text (kept to cut passages for the items shown).</summary>
internal sealed record ReportDocument(string Id, string Source, string? Text)
{
    private IReadOnlyList<Sentence>? _sentences;

    /// <summary>The sentences of the text (the library's splitter), computed on first use.</summary>
    public IReadOnlyList<Sentence> Sentences => _sentences ??= Split(Text);

    private static List<Sentence> Split(string? text) => text is null ? [] : [.. new AnalyzedText(text).Sentences];
}

/// <summary>
/// What the report shows, gathered from the records one document at a time: date groups for the timeline, entity
/// counts and co-occurrences, the largest numbers. Only counts and a few references per item are kept per mention.
/// </summary>
internal sealed class CorpusDigest(ReportLimits limits)
{
    public ReportLimits Limits { get; } = limits;
    public List<ReportDocument> Documents { get; } = [];
    public List<(string Source, string Error)> Failures { get; } = [];
    public int FailedCount { get; private set; }
    public long DateMentions { get; private set; }
    public long NumberMentions { get; private set; }
    public long EntityMentions { get; private set; }
    public long Characters { get; private set; }

    public Dictionary<string, DateGroup> DateGroups { get; } = new(StringComparer.Ordinal);
    public List<UndatedMention> Undated { get; } = [];
    public int UndatedCount { get; private set; }

    public List<EntityStat> Entities { get; } = [];
    private readonly Dictionary<string, int> _entityIds = new(StringComparer.Ordinal);
    public Dictionary<(int, int), PairStat> Pairs { get; } = [];
    public long SentencesWithPairs { get; private set; }

    public Dictionary<string, NumberGroup> Numbers { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, int> NumberKinds { get; } = new(StringComparer.Ordinal);

    /// <summary>Adds one document and its record.</summary>
    public void Add(SourceDocument document, DocumentRecord record)
    {
        if (record.Error is not null)
        {
            FailedCount++;
            if (Failures.Count < 20) Failures.Add((record.Source, record.Error));
            return;
        }
        int doc = Documents.Count;
        var reportDoc = new ReportDocument(record.Id, record.Source, document.Text);
        Documents.Add(reportDoc);
        Characters += document.Text?.Length ?? 0;
        if (record.Dates is { } dates) AddDates(doc, dates);
        if (record.Numbers is { } numbers) AddNumbers(doc, numbers);
        if (record.Entities is { } entities) AddEntities(doc, reportDoc, entities);
    }

    private void AddDates(int doc, IReadOnlyList<DateRecord> dates)
    {
        foreach (var d in dates)
        {
            DateMentions++;
            var mention = new MentionRef(doc, d.Start, d.End, d.Inferred);
            if (!ReportDate.TryParse(d.Value, d.Grain, out var date))
            {
                UndatedCount++;
                if (Undated.Count < Limits.Undated) Undated.Add(new UndatedMention(d.Text, d.Grain, mention));
                continue;
            }
            string key = string.Concat(d.Value, "|", d.Grain, "|", d.Hijri);
            if (!DateGroups.TryGetValue(key, out var group))
                DateGroups[key] = group = new DateGroup(date, d.Value!, d.Calendar, d.Hijri);
            group.Count++;
            if (d.Inferred) group.InferredCount++;
            if (group.Examples.Count < Limits.ExamplesKept) group.Examples.Add(mention);
        }
    }

    private void AddNumbers(int doc, IReadOnlyList<NumberRecord> numbers)
    {
        foreach (var n in numbers)
        {
            NumberMentions++;
            NumberKinds[n.Kind] = NumberKinds.GetValueOrDefault(n.Kind) + 1;
            if (n.Kind is "ordinal" or "fraction" || double.IsNaN(n.Value) || double.IsInfinity(n.Value)) continue;
            string key = string.Concat(n.Kind, "|", n.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture), "|", n.Unit, "|", n.Currency);
            if (!Numbers.TryGetValue(key, out var group)) Numbers[key] = group = new NumberGroup(n);
            group.Count++;
            if (group.Examples.Count < Limits.ExamplesKept) group.Examples.Add(new MentionRef(doc, n.Start, n.End));
        }
    }

    private void AddEntities(int doc, ReportDocument reportDoc, IReadOnlyList<EntityRecord> entities)
    {
        if (entities.Count == 0) return;
        var ids = new int[entities.Count];
        for (int i = 0; i < entities.Count; i++)
        {
            var e = entities[i];
            EntityMentions++;
            string key = string.Concat(e.Label, "|", ArabicNormalizer.Search.NormalizeToString(e.Text));
            if (!_entityIds.TryGetValue(key, out int id))
            {
                id = Entities.Count;
                _entityIds[key] = id;
                Entities.Add(new EntityStat(id, e.Label));
            }
            ids[i] = id;
            var stat = Entities[id];
            stat.Count++;
            if (stat.LastDoc != doc)
            {
                stat.Documents++;
                stat.LastDoc = doc;
            }
            stat.Forms[e.Text] = stat.Forms.GetValueOrDefault(e.Text) + 1;
            if (e.Alias is { Length: > 0 } alias) stat.Aliases[alias] = stat.Aliases.GetValueOrDefault(alias) + 1;
            if (stat.Examples.Count < Limits.ExamplesKept) stat.Examples.Add(new MentionRef(doc, e.Start, e.End));
        }
        if (entities.Count > 1) AddPairs(doc, reportDoc, entities, ids);
    }

    // Entities are in document order: walk them along the sentences and count each pair of distinct entities once
    // per sentence.
    private void AddPairs(int doc, ReportDocument reportDoc, IReadOnlyList<EntityRecord> entities, int[] ids)
    {
        var sentences = reportDoc.Sentences;
        var inSentence = new List<int>(Limits.EntitiesPerSentence);
        int s = 0;
        int i = 0;
        while (i < entities.Count)
        {
            while (s < sentences.Count && sentences[s].End <= entities[i].Start) s++;
            int end = s < sentences.Count ? sentences[s].End : int.MaxValue;
            inSentence.Clear();
            for (; i < entities.Count && entities[i].Start < end; i++)
                if (inSentence.Count < Limits.EntitiesPerSentence && !ContainsId(inSentence, ids, ids[i])) inSentence.Add(i);
            if (inSentence.Count < 2) continue;
            SentencesWithPairs++;
            for (int a = 0; a < inSentence.Count; a++)
            {
                for (int b = a + 1; b < inSentence.Count; b++)
                {
                    int x = inSentence[a], y = inSentence[b];
                    var key = ids[x] < ids[y] ? (ids[x], ids[y]) : (ids[y], ids[x]);
                    if (!Pairs.TryGetValue(key, out var pair))
                    {
                        Pairs[key] = pair = new PairStat(
                            new MentionRef(doc, entities[x].Start, entities[x].End),
                            new MentionRef(doc, entities[y].Start, entities[y].End));
                    }
                    pair.Count++;
                }
            }
        }
    }

    private static bool ContainsId(List<int> indexes, int[] ids, int id)
    {
        foreach (int k in indexes)
            if (ids[k] == id) return true;
        return false;
    }
}
