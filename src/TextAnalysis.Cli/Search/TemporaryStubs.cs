// TEMPORARY: stands in for TextAnalysis.Search until the real one is merged. Delete on merge.
namespace TextAnalysis.Search;

public sealed class PassageIndexWriter(string dir) : IDisposable
{
    public string Dir { get; } = dir;
    public void Index(string id, string text, TextAnalysis.Records.DocumentRecord? record) { }
    public void Commit() => Directory.CreateDirectory(Dir);
    public void Dispose() { }
}

public sealed class PassageSearcher(string dir) : IDisposable
{
    public string Dir { get; } = dir;
    public IReadOnlyList<SearchHit> Search(string query, int top) => [];
    public void Dispose() { }
}

public sealed record SearchHit(string Id, int Passage, float Score, string Snippet, int Start, int End);
public sealed class SearchQueryException(string message) : Exception(message);
