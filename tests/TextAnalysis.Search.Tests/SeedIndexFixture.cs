using TextAnalysis.Tokenization;

namespace TextAnalysis.Search.Tests;

/// <summary>The seed article indexed once into a temporary folder for all the tests of a class.</summary>
public sealed class SeedIndexFixture : IDisposable
{
    public const string Id = "corpus/russian-revolution-1905.ar.txt";
    private readonly TempDirectory _dir = new();

    public SeedIndexFixture()
    {
        Text = TestData.SeedArticle;
        Passages = PassageSplitter.Split(Text);
        using (var writer = new PassageIndexWriter(_dir.Path))
        {
            writer.Index(Id, Text);
            writer.Commit();
        }
        Searcher = new PassageSearcher(_dir.Path);
    }

    public string Text { get; }

    public List<Passage> Passages { get; }

    public PassageSearcher Searcher { get; }

    public string PassageText(int index) => Text[Passages[index].Start..Passages[index].End];

    public void Dispose()
    {
        Searcher.Dispose();
        _dir.Dispose();
    }
}
