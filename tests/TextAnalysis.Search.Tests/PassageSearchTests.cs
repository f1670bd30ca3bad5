using TextAnalysis.Normalization;

namespace TextAnalysis.Search.Tests;

public class PassageSearchTests(SeedIndexFixture seed) : IClassFixture<SeedIndexFixture>
{
    // Passages where the word occurs as a whole word, possibly after proclitics, in the search-normalized text.
    private HashSet<int> PassagesWithWord(string word, params string[] proclitics)
    {
        var result = new HashSet<int>();
        foreach (var p in seed.Passages)
        {
            var a = new AnalyzedText(seed.PassageText(p.Index));
            foreach (var t in a.Tokens)
            {
                string form = a.FormString(t);
                if (form == word || Array.Exists(proclitics, c => form == c + word)) result.Add(p.Index);
            }
        }
        return result;
    }

    private HashSet<int> Found(string query) =>
        seed.Searcher.Search(query, 200).Select(h => h.Passage).ToHashSet();

    [Fact]
    public void Lenin_finds_the_passages_that_mention_him_and_none_that_only_mention_leningrad()
    {
        var expected = PassagesWithWord("لينين", "و", "ل", "ب", "ف");
        var leningradOnly = PassagesWithWord("لينينجراد", "و", "ل", "ب", "ف", "ال");
        leningradOnly.ExceptWith(expected);
        Assert.NotEmpty(expected);
        Assert.NotEmpty(leningradOnly);

        var found = Found("لينين");
        Assert.Equal(expected.Order(), found.Order());
        Assert.Empty(found.Intersect(leningradOnly));
    }

    [Theory]
    [InlineData("الثورة", "للثورة")]
    [InlineData("الثورة", "الثوره")]
    [InlineData("الثورة", "ثورة")]
    [InlineData("الثورة", "لثورة")]
    [InlineData("إعلان", "اعلان")]
    [InlineData("إعلان", "الإعلان")]
    [InlineData("القوات", "قوات")]
    [InlineData("القوات", "والقوات")]
    public void Variant_spellings_and_clitics_find_the_same_passages(string canonical, string variant)
    {
        var expected = Found(canonical);
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Order(), Found(variant).Order());
    }

    [Fact]
    public void Hits_come_best_first_with_the_passage_offsets_in_the_document()
    {
        var hits = seed.Searcher.Search("الثورة", 20);
        Assert.True(hits.Count > 1);
        for (int i = 1; i < hits.Count; i++) Assert.True(hits[i - 1].Score >= hits[i].Score);
        foreach (var hit in hits)
        {
            Assert.Equal(SeedIndexFixture.Id, hit.Id);
            var passage = seed.Passages[hit.Passage];
            Assert.Equal((passage.Start, passage.End), (hit.Start, hit.End));
        }
    }

    [Fact]
    public void Snippet_marks_the_matched_words_as_written_in_the_original()
    {
        var hits = seed.Searcher.Search("للثورة", 50);
        Assert.NotEmpty(hits);
        foreach (var hit in hits)
        {
            Assert.Contains("<mark>", hit.Snippet);
            int at = 0;
            while ((at = hit.Snippet.IndexOf("<mark>", at, StringComparison.Ordinal)) >= 0)
            {
                int close = hit.Snippet.IndexOf("</mark>", at, StringComparison.Ordinal);
                string marked = hit.Snippet[(at + 6)..close];
                Assert.Contains(marked, seed.Text[hit.Start..hit.End]);
                Assert.Equal("ثوره", TextAnalysis.Stemming.LightStemmer.Stem(ArabicNormalizer.Search.NormalizeToString(marked)));
                at = close;
            }
            string plain = hit.Snippet.Replace("<mark>", "").Replace("</mark>", "").Replace("… ", "").Replace(" …", "");
            Assert.True(seed.Text[hit.Start..hit.End].Contains(plain, StringComparison.Ordinal), hit.Snippet);
        }
    }

    [Fact]
    public void Long_passages_are_cut_around_the_match()
    {
        var hit = Assert.Single(seed.Searcher.Search("فأغرقوا", 5));
        Assert.True(hit.End - hit.Start > 300);
        string visible = hit.Snippet.Replace("<mark>", "").Replace("</mark>", "");
        Assert.True(visible.Length < hit.End - hit.Start);
        Assert.Contains("<mark>فأغرقوا</mark>", hit.Snippet);
        Assert.Contains("…", hit.Snippet);
    }

    [Fact]
    public void Passages_with_the_query_word_as_written_come_before_other_forms_of_its_stem()
    {
        // The shorter passage writes another form of the stem (للثورات): on stems alone it ranks first (a shorter
        // passage weighs its words more). The longer one writes the query's form (الثورة) and must come first.
        const string OtherForm = "دعا الكاتب إلى الثورات في المدن.";
        const string SameForm = "اندلعت الثورة في المدن والقرى البعيدة عن العاصمة.";
        using var dir = new TempDirectory();
        using (var writer = new PassageIndexWriter(dir.Path))
        {
            writer.Index("other", OtherForm);
            writer.Index("same", SameForm);
        }
        using var searcher = new PassageSearcher(dir.Path);
        Assert.Equal(["same", "other"], searcher.Search("الثورة", 10).Select(h => h.Id));
        Assert.Equal(["other", "same"], searcher.Search("الثورات", 10).Select(h => h.Id));
        // Words as written, normalized: the hamza-less and ه spellings count as the same form.
        Assert.Equal(["same", "other"], searcher.Search("الثوره", 10).Select(h => h.Id));
    }

    [Theory]
    [InlineData("الثور*")]
    [InlineData("للثور*")]
    [InlineData("ثورات*")]
    public void A_prefix_written_with_clitics_or_suffix_letters_finds_the_words_it_begins(string query)
    {
        using var dir = new TempDirectory();
        using (var writer = new PassageIndexWriter(dir.Path))
        {
            writer.Index("a", "اندلعت الثورة في المدن.");
            writer.Index("b", "دعا إلى الثورات.");
            writer.Index("c", "سافر إلى القاهرة.");
        }
        using var searcher = new PassageSearcher(dir.Path);
        var found = searcher.Search(query, 10).Select(h => h.Id).Order().ToList();
        Assert.Equal(["a", "b"], found);
    }

    [Fact]
    public void Phrase_query_matches_words_in_order()
    {
        var phrase = Found("\"الثورة الروسية\"");
        var both = Found("+الثورة +الروسية");
        Assert.NotEmpty(phrase);
        Assert.Subset(both, phrase);
    }

    [Theory]
    [InlineData("الثورة AND (")]
    [InlineData("\"لينين")]
    [InlineData("text:")]
    [InlineData("[الثورة TO")]
    public void Malformed_query_raises_search_query_exception(string query)
    {
        var e = Assert.Throws<SearchQueryException>(() => seed.Searcher.Search(query));
        Assert.Equal(query, e.Query);
    }

    [Fact]
    public void Blank_query_finds_nothing() => Assert.Empty(seed.Searcher.Search("   "));

    [Fact]
    public void Counts_passages_and_documents()
    {
        Assert.Equal(1, seed.Searcher.DocumentCount);
        Assert.Equal(seed.Passages.Count, seed.Searcher.PassageCount);
    }
}
