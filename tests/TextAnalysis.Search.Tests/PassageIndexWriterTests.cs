using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using TextAnalysis.Records;

namespace TextAnalysis.Search.Tests;

public class PassageIndexWriterTests
{
    private const string First = "اندلعت الثورة في المدينة.\n\nوقاد لينين الحزب.";
    private const string Second = "وصلت القوات إلى الميناء.";

    [Fact]
    public void Exact_forms_hold_the_hash_of_every_distinct_unstemmed_word_of_the_passage()
    {
        // Diacritics, tatweel, hamza forms, a number, a Latin word and a repeated word.
        const string Passage = "وصلَ الأسطولُ الروسيّ إلى بورت آرثر PORT ARTHUR عام 1905، ثم غادر الأسطـــول.";
        using var dir = new TempDirectory();
        using (var writer = new PassageIndexWriter(dir.Path)) writer.Index("a", Passage);

        // What the unstemmed analysis of the index makes of the passage.
        var expected = new SortedSet<uint>();
        using (var analyzer = new TextAnalysis.Search.Analysis.ArabicSearchAnalyzer(stemming: false))
        using (var tokens = analyzer.GetTokenStream(IndexSchema.Text, Passage))
        {
            var term = tokens.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
            tokens.Reset();
            while (tokens.IncrementToken()) expected.Add(IndexSchema.WordHash(term.ToString()));
            tokens.End();
        }

        using var reader = DirectoryReader.Open(FSDirectory.Open(dir.Path));
        var leaf = Assert.Single(reader.Leaves).AtomicReader;
        var bytes = new Lucene.Net.Util.BytesRef();
        leaf.GetBinaryDocValues(IndexSchema.ExactForms).Get(0, bytes);
        var stored = new List<uint>();
        for (int at = 0; at < bytes.Length; at += 4)
            stored.Add(System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(bytes.Bytes.AsSpan(bytes.Offset + at, 4)));
        Assert.Equal(expected, stored);
        Assert.Equal(12, stored.Count); // الأسطول twice, the rest once
    }

    [Fact]
    public void Reindexing_an_id_replaces_its_passages()
    {
        using var dir = new TempDirectory();
        using (var writer = new PassageIndexWriter(dir.Path))
        {
            writer.Index("a", First);
            writer.Index("a", First);
            writer.Commit();
        }
        using (var searcher = new PassageSearcher(dir.Path))
        {
            Assert.Equal(2, searcher.PassageCount);
            Assert.Single(searcher.Search("لينين"));
        }
        using (var writer = new PassageIndexWriter(dir.Path))
        {
            writer.Index("a", Second);
            writer.Commit();
        }
        using (var searcher = new PassageSearcher(dir.Path))
        {
            Assert.Equal(1, searcher.PassageCount);
            Assert.Empty(searcher.Search("لينين"));
            var hit = Assert.Single(searcher.Search("القوات"));
            Assert.Equal(("a", 0), (hit.Id, hit.Passage));
        }
    }

    [Fact]
    public void Indexing_from_several_threads_gives_the_same_hits_and_facets_as_from_one()
    {
        // The seed article's passages as separate documents, with their entities and dates, indexed by one thread
        // and by four at once (the writer reuses its fields per thread).
        var lines = TestData.SeedArticle.Split('\n').Where(l => l.Trim().Length > 0).ToList();
        var docs = lines.Select((l, i) => (Id: $"d{i:D3}", Text: l, Record: TextAnalyzer.Default.Analyze(l, $"d{i:D3}"))).ToList();
        using var one = new TempDirectory();
        using var four = new TempDirectory();
        using (var writer = new PassageIndexWriter(one.Path))
            foreach (var d in docs) writer.Index(d.Id, d.Text, d.Record);
        using (var writer = new PassageIndexWriter(four.Path))
            Parallel.ForEach(docs, new ParallelOptions { MaxDegreeOfParallelism = 4 }, d => writer.Index(d.Id, d.Text, d.Record));
        using var a = new PassageSearcher(one.Path);
        using var b = new PassageSearcher(four.Path);
        Assert.Equal(a.PassageCount, b.PassageCount);
        var options = new SearchOptions { Top = 50, Facets = 10 };
        int compared = 0;
        foreach (var query in new[] { "الثورة", "لينين", "العمال", "موسكو", "\"الأحد الدامي\"" })
        {
            var x = a.Search(query, options);
            var y = b.Search(query, options);
            Assert.Equal(x.TotalHits, y.TotalHits);
            Assert.Equal(x.Hits.Select(h => (h.Id, h.Passage, h.Snippet)), y.Hits.Select(h => (h.Id, h.Passage, h.Snippet)));
            // Values and counts; the spelling shown is the first in index order, which threads may change.
            foreach (var (facet, counts) in x.Facets)
                Assert.Equal(counts.Select(c => (c.Value, c.Count)), y.Facets[facet].Select(c => (c.Value, c.Count)));
            compared += x.Hits.Count;
        }
        Assert.True(compared >= 10, $"only {compared} hits compared");
    }

    [Fact]
    public void Passages_are_numbered_from_zero_skipping_empty_lines()
    {
        using var dir = new TempDirectory();
        using (var writer = new PassageIndexWriter(dir.Path)) writer.Index("doc", First);
        using var searcher = new PassageSearcher(dir.Path);
        var hit = Assert.Single(searcher.Search("لينين"));
        Assert.Equal(1, hit.Passage);
        Assert.Equal("وقاد لينين الحزب.", First[hit.Start..hit.End]);
        Assert.Equal("وقاد <mark>لينين</mark> الحزب.", hit.Snippet);
    }

    [Fact]
    public void Delete_removes_every_passage_of_an_id_and_counts_follow()
    {
        using var dir = new TempDirectory();
        using (var writer = new PassageIndexWriter(dir.Path))
        {
            writer.Index("a", First);
            writer.Index("b", Second);
            writer.Commit();
        }
        using (var searcher = new PassageSearcher(dir.Path))
        {
            Assert.Equal(2, searcher.DocumentCount);
            Assert.Equal(3, searcher.PassageCount);
            using (var writer = new PassageIndexWriter(dir.Path)) writer.Delete("a");
            Assert.True(searcher.Refresh());
            Assert.Equal(1, searcher.DocumentCount);
            Assert.Equal(1, searcher.PassageCount);
            Assert.Empty(searcher.Search("الثورة"));
        }
    }

    [Fact]
    public void FinishThread_writes_the_buffered_documents_out_before_the_commit_and_the_commit_keeps_them()
    {
        var lines = TestData.SeedArticle.Split('\n').Where(l => l.Trim().Length > 0).Take(20).ToList();
        using var dir = new TempDirectory();
        using (var writer = new PassageIndexWriter(dir.Path))
        {
            Parallel.ForEach(lines.Select((l, i) => (Id: $"d{i}", Text: l)), new ParallelOptions { MaxDegreeOfParallelism = 2 },
                () => 0, (d, _, n) => { writer.Index(d.Id, d.Text); return n + 1; }, _ => writer.FinishThread());
            // Written out as segments (compound files), though nothing is committed yet.
            Assert.NotEmpty(System.IO.Directory.GetFiles(dir.Path, "*.cfs"));
            writer.Commit();
            // After the commit the writer buffers again: a new document is not written out at once.
            int before = System.IO.Directory.GetFiles(dir.Path, "*.cfs").Length;
            writer.Index("late", "وثيقة متأخرة");
            Assert.Equal(before, System.IO.Directory.GetFiles(dir.Path, "*.cfs").Length);
        }
        using var searcher = new PassageSearcher(dir.Path);
        Assert.Equal(lines.Count + 1, searcher.PassageCount);
    }

    [Fact]
    public void Entities_inside_a_passage_are_indexed_as_label_and_normalized_text()
    {
        int lenin = First.IndexOf("لينين", StringComparison.Ordinal);
        var record = new DocumentRecord
        {
            Id = "a",
            Source = "a",
            Entities = [new EntityRecord { Text = "لينين", Start = lenin, End = lenin + 5, Label = "PERSON" }],
            Dates = [],
        };
        using var dir = new TempDirectory();
        using (var writer = new PassageIndexWriter(dir.Path)) writer.Index("a", First, record);

        using var directory = FSDirectory.Open(dir.Path);
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        var top = searcher.Search(new TermQuery(new Term(IndexSchema.Entity, IndexSchema.FacetKey("PERSON", "لينين"))), 10);
        var doc = searcher.Doc(Assert.Single(top.ScoreDocs).Doc);
        Assert.Equal(1, doc.GetField(IndexSchema.Passage)?.GetInt32Value());
        Assert.Equal(0, searcher.Search(new TermQuery(new Term(IndexSchema.Entity, IndexSchema.FacetKey("LOCATION", "لينين"))), 10).TotalHits);
    }

    [Fact]
    public void Opening_a_searcher_on_a_missing_index_is_a_clear_error()
    {
        using var dir = new TempDirectory();
        Assert.Throws<DirectoryNotFoundException>(() => new PassageSearcher(dir.Path));
        Assert.Throws<DirectoryNotFoundException>(() => new PassageSearcher(Path.Combine(dir.Path, "nope")));
    }
}

public class CrashSafetyTests
{
    private const string Committed = "اندلعت الثورة في المدينة.";
    private const string Uncommitted = "وصلت القوات إلى الميناء.";

    [Fact]
    public void Uncommitted_changes_are_invisible_while_the_writer_is_still_open()
    {
        using var dir = new TempDirectory();
        using var writer = new PassageIndexWriter(dir.Path);
        writer.Index("a", Committed);
        writer.Commit();
        writer.Index("b", Uncommitted);
        writer.Delete("a");
        using var searcher = new PassageSearcher(dir.Path);
        Assert.Single(searcher.Search("الثورة"));
        Assert.Empty(searcher.Search("القوات"));
    }

    [Fact]
    public void A_writer_closed_without_commit_leaves_the_last_commit_readable_and_writable()
    {
        using var dir = new TempDirectory();
        using (var writer = new PassageIndexWriter(dir.Path))
        {
            writer.Index("a", Committed);
            writer.Commit();
            writer.Index("b", Uncommitted);
            writer.Delete("a");
            writer.Rollback();
        }
        using (var searcher = new PassageSearcher(dir.Path))
        {
            Assert.Equal(1, searcher.DocumentCount);
            Assert.Single(searcher.Search("الثورة"));
            Assert.Empty(searcher.Search("القوات"));
        }
        // The lock is released: a new writer can carry on.
        using (var writer = new PassageIndexWriter(dir.Path)) writer.Index("b", Uncommitted);
        using (var searcher = new PassageSearcher(dir.Path)) Assert.Equal(2, searcher.DocumentCount);
    }

    [Fact]
    public void A_writer_that_never_committed_leaves_no_index_rather_than_a_broken_one()
    {
        using var dir = new TempDirectory();
        using (var writer = new PassageIndexWriter(dir.Path))
        {
            writer.Index("a", Committed);
            writer.Rollback();
        }
        Assert.Throws<DirectoryNotFoundException>(() => new PassageSearcher(dir.Path));
    }
}

public sealed class WriterLockTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "ta-lock-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => System.IO.Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_second_writer_on_one_index_gets_a_clear_error_and_the_first_goes_on()
    {
        using var first = new PassageIndexWriter(_dir);
        var e = Assert.Throws<IOException>(() => new PassageIndexWriter(_dir));
        Assert.Contains("open for writing by another process", e.Message);
        first.Index("a", "نص عن موسكو");
        first.Commit();
    }

    [Fact]
    public void The_lock_is_released_when_the_writer_is_disposed()
    {
        using (var first = new PassageIndexWriter(_dir)) first.Commit();
        using var second = new PassageIndexWriter(_dir);
        second.Commit();
    }
}
