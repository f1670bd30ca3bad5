using System.IO.Compression;
using System.Text.Json;
using TextAnalysis.Normalization;
using TextAnalysis.Tokenization;

namespace TextAnalysis.Search.Tests.Quality;

/// <summary>One query of the test set, as written, and its type (canonical, no-hamza, teh-marbuta, diacritics,
/// clitics, digits).</summary>
public sealed record QualityQuery(int Group, string Type, string Text);

/// <summary>A passage of the evaluation index: the document id, its number and its text.</summary>
public sealed record QualityPassage(string Id, int Number, string Text)
{
    public string Key => Id + "#" + Number;
}

/// <summary>
/// The search-quality test set (queries.json beside this file) and the content it is judged on: the seed article and,
/// when ../shared/datasets is present, a SaudiNewsNet sample read at run time (never copied into the repository).
/// </summary>
public sealed class QualitySet
{
    public static readonly string[] Types = ["canonical", "no-hamza", "teh-marbuta", "diacritics", "clitics", "digits"];

    // Proclitic combinations: conjunction, then preposition, then article; or the contracted لل.
    private static readonly string[] Proclitics = BuildProclitics();
    private static readonly string[] Pronouns = ["", "ها", "هم", "هما", "هن", "ه", "ك", "كم", "نا", "ي"];

    private QualitySet(List<(string Id, string Text)> documents, List<QualityPassage> passages, List<QualityGroup> groups, bool hasSaudiNewsNet)
    {
        Documents = documents;
        Passages = passages;
        Groups = groups;
        HasSaudiNewsNet = hasSaudiNewsNet;
    }

    public IReadOnlyList<(string Id, string Text)> Documents { get; }

    public IReadOnlyList<QualityPassage> Passages { get; }

    public IReadOnlyList<QualityGroup> Groups { get; }

    public bool HasSaudiNewsNet { get; }

    public static string SetPath => Path.Combine(TestData.RepoRoot, "tests", "TextAnalysis.Search.Tests", "Quality", "queries.json");

    public static QualitySet Load()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(SetPath));
        var root = json.RootElement;

        var documents = new List<(string Id, string Text)> { (SeedIndexFixture.Id, TestData.SeedArticle) };
        var snn = root.GetProperty("saudinewsnet");
        string zip = Path.GetFullPath(Path.Combine(TestData.RepoRoot, snn.GetProperty("zip").GetString()!));
        bool hasSnn = File.Exists(zip);
        if (hasSnn) documents.AddRange(ReadSaudiNewsNet(zip, snn.GetProperty("articles").GetInt32()));

        var passages = new List<QualityPassage>();
        foreach (var (id, text) in documents)
            foreach (var p in PassageSplitter.Split(text))
                passages.Add(new QualityPassage(id, p.Index, text[p.Start..p.End]));

        // Each passage's normalized words, once.
        var words = passages.Select(p =>
        {
            var a = new AnalyzedText(p.Text);
            return a.Tokens.Select(t => a.FormString(t)).ToHashSet(StringComparer.Ordinal);
        }).ToList();

        var groups = new List<QualityGroup>();
        int g = 0;
        foreach (var q in root.GetProperty("queries").EnumerateArray())
        {
            var forms = Expand(q.GetProperty("forms").EnumerateArray().Select(f => f.GetString()!));
            var relevant = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < passages.Count; i++)
                if (words[i].Overlaps(forms)) relevant.Add(passages[i].Key);

            var confusers = new HashSet<string>(StringComparer.Ordinal);
            if (q.TryGetProperty("precision", out var precision))
            {
                var other = Expand([precision.GetString()!]);
                for (int i = 0; i < passages.Count; i++)
                    if (words[i].Overlaps(other) && !relevant.Contains(passages[i].Key)) confusers.Add(passages[i].Key);
            }

            var queries = new List<QualityQuery>();
            foreach (var type in Types)
            {
                if (!q.TryGetProperty(type, out var value)) continue;
                if (value.ValueKind == JsonValueKind.String) queries.Add(new QualityQuery(g, type, value.GetString()!));
                else foreach (var v in value.EnumerateArray()) queries.Add(new QualityQuery(g, type, v.GetString()!));
            }
            groups.Add(new QualityGroup(g++, queries, relevant, confusers));
        }
        return new QualitySet(documents, passages, groups, hasSnn);
    }

    private static HashSet<string> Expand(IEnumerable<string> forms)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var form in forms)
        {
            string f = ArabicNormalizer.Search.NormalizeToString(form);
            foreach (var pronoun in Pronouns)
            {
                string stem = pronoun.Length > 0 && f.EndsWith('ه') ? f[..^1] + "ت" : f;
                foreach (var p in Proclitics) result.Add(p + stem + pronoun);
            }
        }
        return result;
    }

    private static string[] BuildProclitics()
    {
        var list = new List<string>();
        foreach (var c in new[] { "", "و", "ف" })
        {
            foreach (var p in new[] { "", "ب", "ك", "ل" })
                foreach (var a in new[] { "", "ال" }) list.Add(c + p + a);
            list.Add(c + "لل");
        }
        return [.. list.Distinct()];
    }

    private static IEnumerable<(string Id, string Text)> ReadSaudiNewsNet(string zipPath, int articles)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        var result = new List<(string, string)>();
        string day = Path.GetFileNameWithoutExtension(zipPath);
        foreach (var entry in zip.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            using var stream = entry.Open();
            using var doc = JsonDocument.Parse(stream);
            int n = 0;
            foreach (var article in doc.RootElement.EnumerateArray())
            {
                if (result.Count == articles) return result;
                if (article.TryGetProperty("content", out var content) && content.GetString() is { Length: > 0 } text)
                    result.Add(($"saudinewsnet/{day}#{n}", text));
                n++;
            }
        }
        return result;
    }
}

/// <summary>The queries of one meaning, the passages relevant to it and, for precision, passages that only
/// mention a longer look-alike word (لينينجراد for لينين).</summary>
public sealed record QualityGroup(int Number, IReadOnlyList<QualityQuery> Queries, HashSet<string> Relevant, HashSet<string> Confusers)
{
    public string Canonical => Queries.First(q => q.Type == "canonical").Text;
}
