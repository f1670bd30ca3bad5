namespace TextAnalysis.Search.Tests;

internal static class TestData
{
    private static readonly Lazy<string> Root = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TextAnalysis.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("TextAnalysis.sln not found above " + AppContext.BaseDirectory);
    });

    public static string RepoRoot => Root.Value;

    public static string SeedArticle => File.ReadAllText(Path.Combine(RepoRoot, "corpus", "russian-revolution-1905.ar.txt"));
}

/// <summary>A fresh folder under the temp directory, deleted afterwards.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ta-search-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { }
    }
}
