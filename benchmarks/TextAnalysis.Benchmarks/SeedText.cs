namespace TextAnalysis.Benchmarks;

/// <summary>The seed article, found by walking up to the repository root.</summary>
internal static class SeedText
{
    public static string Load()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "corpus", "russian-revolution-1905.ar.txt");
            if (File.Exists(path)) return File.ReadAllText(path);
        }
        throw new FileNotFoundException("corpus/russian-revolution-1905.ar.txt not found above " + AppContext.BaseDirectory);
    }
}
