using TextAnalysis.Normalization;
using TextAnalysis.Records;

namespace TextAnalysis.Extraction.Entities;

/// <summary>
/// Links the mentions of one entity within a document: the same search-normalized name and label, the same Latin
/// alias, or, for people, a later mention whose words end an earlier full name (لينين after فلاديمير لينين). Each
/// entity gets an id <c>e1</c>, <c>e2</c>, … in order of first mention.
/// </summary>
internal static class EntityIds
{
    public static List<EntityRecord> Assign(List<EntityRecord> mentions)
    {
        var byName = new Dictionary<(string Label, string Name), string>();
        var byAlias = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var people = new List<(string[] Words, string Id)>();
        var result = new List<EntityRecord>(mentions.Count);
        int next = 0;
        foreach (var m in mentions)
        {
            string name = ArabicNormalizer.Search.NormalizeToString(m.Text).Replace("-", " ", StringComparison.Ordinal);
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            string key = string.Join(' ', words);
            string? id = null;
            if (byName.TryGetValue((m.Label, key), out var known)) id = known;
            else if (m.Alias is { } alias && byAlias.TryGetValue(alias, out var aliased)) id = aliased;
            else if (m.Label == "PERSON") id = people.FirstOrDefault(p => EndsWith(p.Words, words)).Id;
            id ??= "e" + (++next).ToString(System.Globalization.CultureInfo.InvariantCulture);
            byName.TryAdd((m.Label, key), id);
            if (m.Alias is { } a) byAlias.TryAdd(a, id);
            if (m.Label == "PERSON" && words.Length > 1) people.Add((words, id));
            result.Add(m with { Entity = id });
        }
        return result;
    }

    // True when the shorter name is the last words of the longer one (a surname after the full name).
    private static bool EndsWith(string[] full, string[] part) =>
        part.Length > 0 && part.Length < full.Length && full.AsSpan(full.Length - part.Length).SequenceEqual(part);
}
