using System.IO.Compression;
using System.Text.Json;

namespace TextAnalysis.Benchmarks;

/// <summary>The benchmark inputs: the seed article, and one day of SaudiNewsNet (read from the shared datasets
/// folder beside the repository; never copied into it).</summary>
internal static class SeedText
{
    public const string Seed = "seed";
    public const string SaudiNewsNetDay = "saudinewsnet-2015-07-23";

    public static string Load() => Load(Seed);

    /// <summary>The input as one text (a day's articles joined by blank lines).</summary>
    public static string Load(string name) => string.Join("\n\n", LoadDocuments(name));

    /// <summary>The input as its documents: the seed alone, or each article of the day.</summary>
    public static IReadOnlyList<string> LoadDocuments(string name) => name switch
    {
        Seed => [File.ReadAllText(Find(Path.Combine("corpus", "russian-revolution-1905.ar.txt")))],
        SaudiNewsNetDay => LoadSaudiNewsNet(Find(Path.Combine("..", "shared", "datasets", "saudinewsnet", "2015-07-23.zip"))),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown input"),
    };

    private static string Find(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, relative);
            if (File.Exists(path)) return path;
        }
        throw new FileNotFoundException($"{relative} not found above {AppContext.BaseDirectory}");
    }

    // The day's articles' contents.
    private static List<string> LoadSaudiNewsNet(string zipPath)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        var parts = new List<string>();
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var doc = JsonDocument.Parse(stream);
            foreach (var article in doc.RootElement.EnumerateArray())
                if (article.TryGetProperty("content", out var content) && content.GetString() is { } text) parts.Add(text);
        }
        return parts;
    }
}
