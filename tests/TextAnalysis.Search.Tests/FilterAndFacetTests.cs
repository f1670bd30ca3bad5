using TextAnalysis.Records;

namespace TextAnalysis.Search.Tests;

public class FilterAndFacetTests : IDisposable
{
    // Three documents, one passage each but the first (two passages).
    private const string A = "قاد فلاديمير لينين الثورة في موسكو يوم 22 يناير 1905 وفي ضواحي موسكو.\nوعادت الثورة إلى موسكو في صيف 1917.";
    private const string B = "خرجت مظاهرات الثورة في لينينجراد عام 1917 بقيادة الحزب الشيوعي.";
    private const string C = "وصف لينين الثورة الفرنسية في القرن التاسع عشر.";
    private const string D = "زار وفد من الدولة العثمانية ميناء أوديسا.";

    private readonly TempDirectory _dir = new();
    private readonly PassageSearcher _searcher;

    public FilterAndFacetTests()
    {
        using (var writer = new PassageIndexWriter(_dir.Path))
        {
            writer.Index("a", A, Record("a", A,
                [("فلاديمير لينين", "PERSON"), ("موسكو", "LOCATION"), ("موسكو", "LOCATION"), ("موسكو", "LOCATION")],
                [("22 يناير 1905", "1905-01-22"), ("صيف 1917", "1917-SU")]));
            writer.Index("b", B, Record("b", B, [("لينينجراد", "LOCATION"), ("الحزب الشيوعي", "ORGANIZATION")], [("1917", "1917")]));
            writer.Index("c", C, Record("c", C, [("لينين", "PERSON")], [("القرن التاسع عشر", "18")]));
            writer.Index("d", D, Record("d", D, [("الدولة العثمانية", "ORGANIZATION"), ("أوديسا", "LOCATION")], []));
        }
        _searcher = new PassageSearcher(_dir.Path);
    }

    public void Dispose()
    {
        _searcher.Dispose();
        _dir.Dispose();
    }

    // Entities and dates at their first occurrence after the previous one of the same list.
    private static DocumentRecord Record(string id, string text, (string Text, string Label)[] entities, (string Text, string Value)[] dates)
    {
        int at = 0;
        var e = new List<EntityRecord>();
        foreach (var (surface, label) in entities)
        {
            at = text.IndexOf(surface, at, StringComparison.Ordinal);
            e.Add(new EntityRecord { Text = surface, Start = at, End = at + surface.Length, Label = label });
            at += surface.Length;
        }
        at = 0;
        var d = new List<DateRecord>();
        foreach (var (surface, value) in dates)
        {
            at = text.IndexOf(surface, at, StringComparison.Ordinal);
            d.Add(new DateRecord { Text = surface, Start = at, End = at + surface.Length, Value = value, Grain = "x" });
            at += surface.Length;
        }
        return new DocumentRecord { Id = id, Source = id, Entities = e, Dates = d };
    }

    private List<(string, int)> Found(string query, SearchOptions options) =>
        _searcher.Search(query, options with { Top = 50 }).Hits.Select(h => (h.Id, h.Passage)).Order().ToList();

    [Fact]
    public void Person_filter_matches_a_name_inside_a_longer_entity()
    {
        Assert.Equal([("a", 0), ("c", 0)], Found("الثورة", new SearchOptions { Persons = ["لينين"] }));
    }

    [Fact]
    public void Person_filter_does_not_match_a_longer_word()
    {
        Assert.Empty(Found("الثورة", new SearchOptions { Persons = ["لينينجراد"] }));
        Assert.Equal([("b", 0)], Found("الثورة", new SearchOptions { Locations = ["لينينجراد"] }));
    }

    [Fact]
    public void Entity_filter_matches_words_of_its_own_label_only()
    {
        Assert.Equal([("a", 0), ("a", 1)], Found("", new SearchOptions { Locations = ["موسكو"] }));
        Assert.Empty(Found("", new SearchOptions { Persons = ["موسكو"] }));
        Assert.Empty(Found("", new SearchOptions { Locations = ["لينين"] }));
    }

    [Fact]
    public void Entity_filter_words_must_be_consecutive_within_one_entity()
    {
        Assert.Equal([("a", 0)], Found("الثورة", new SearchOptions { Persons = ["فلاديمير لينين"] }));
        Assert.Empty(Found("الثورة", new SearchOptions { Persons = ["لينين فلاديمير"] }));
    }

    [Fact]
    public void Entity_filter_is_normalized_like_the_index()
    {
        Assert.Equal([("b", 0)], Found("", new SearchOptions { Organizations = ["الحِزب الشيوعيّ"] }));
    }

    [Fact]
    public void Filters_combine_with_and()
    {
        Assert.Equal([("a", 0)], Found("الثورة", new SearchOptions { Persons = ["لينين"], Locations = ["موسكو"] }));
        Assert.Empty(Found("الثورة", new SearchOptions { Persons = ["لينين"], Organizations = ["الحزب الشيوعي"] }));
    }

    [Theory]
    [InlineData("1905", "1905", "a0")]
    [InlineData("1905-01", "1905-01", "a0")]
    [InlineData("1905-01-22", "1905-01-22", "a0")]
    [InlineData("1905-01-23", "1905-12-31", "")]
    [InlineData("1917", "1917", "a1 b0")]
    [InlineData("1917-06", "1917-08", "a1")]
    [InlineData("1917-07", "1917-08", "")]
    [InlineData("1800", "1899", "c0")]
    [InlineData("1800", "1905", "a0 c0")]
    public void Date_range_keeps_passages_with_a_date_wholly_inside(string from, string to, string expected)
    {
        var found = Found("", new SearchOptions { From = from, To = to }).Select(h => h.Item1 + h.Item2);
        Assert.Equal(expected.Split(' ', StringSplitOptions.RemoveEmptyEntries), found);
    }

    [Fact]
    public void Open_ended_date_ranges()
    {
        Assert.Equal(["a1", "b0"], Found("", new SearchOptions { From = "1906" }).Select(h => h.Item1 + h.Item2));
        Assert.Equal(["a0", "c0"], Found("", new SearchOptions { To = "1905-06" }).Select(h => h.Item1 + h.Item2));
    }

    [Fact]
    public void Two_dates_of_one_passage_do_not_combine_to_pass_a_range()
    {
        // Passage a0 mentions only 1905; a1 only 1917; but a document-wide view would have both: nothing in 1910–1912.
        Assert.Empty(Found("", new SearchOptions { From = "1910", To = "1912" }));
    }

    [Fact]
    public void Malformed_date_bound_is_an_argument_error()
    {
        Assert.Throws<ArgumentException>(() => _searcher.Search("الثورة", new SearchOptions { From = "1905/01" }));
        Assert.Throws<ArgumentException>(() => _searcher.Search("الثورة", new SearchOptions { From = "1906", To = "1905" }));
    }

    [Fact]
    public void Facets_count_entities_and_years_over_all_matching_passages()
    {
        var result = _searcher.Search("الثورة", new SearchOptions { Top = 1, Facets = 5 });
        Assert.Single(result.Hits);
        Assert.Equal(4, result.TotalHits);
        // Ties in ordinal order of the value.
        Assert.Equal([("فلاديمير لينين", 1), ("لينين", 1)], result.Facets["PERSON"].Select(f => (f.Value, f.Count)));
        // موسكو in both passages of a; a passage counts once per value.
        Assert.Equal([("موسكو", 2), ("لينينجراد", 1)], result.Facets["LOCATION"].Select(f => (f.Value, f.Count)));
        Assert.Equal([new FacetCount("1917", 2), new FacetCount("1905", 1)], result.Facets[SearchResults.YearFacet]);
    }

    [Fact]
    public void Facets_follow_the_filters()
    {
        var result = _searcher.Search("الثورة", new SearchOptions { Facets = 5, From = "1917", To = "1917" });
        Assert.Equal(2, result.TotalHits);
        Assert.Equal([new FacetCount("1917", 2)], result.Facets[SearchResults.YearFacet]);
        Assert.Empty(result.Facets["PERSON"]);
    }

    [Fact]
    public void Entity_facets_show_a_spelling_as_written_beside_the_normalized_value()
    {
        var facets = _searcher.Search("وفد", new SearchOptions { Facets = 5 }).Facets;
        var organization = Assert.Single(facets["ORGANIZATION"]);
        Assert.Equal(("الدوله العثمانيه", "الدولة العثمانية", 1), (organization.Value, organization.Text, organization.Count));
        Assert.Equal(("اوديسا", "أوديسا"), (facets["LOCATION"][0].Value, facets["LOCATION"][0].Text));
        Assert.All(_searcher.Search("الثورة", new SearchOptions { Facets = 5 }).Facets[SearchResults.YearFacet], f => Assert.Null(f.Text));
    }

    [Fact]
    public void No_facets_unless_asked() => Assert.Empty(_searcher.Search("الثورة", new SearchOptions()).Facets);

    [Fact]
    public void Filtered_hits_keep_the_query_highlighting() =>
        Assert.Contains("<mark>الثورة</mark>", _searcher.Search("الثورة", new SearchOptions { Persons = ["لينين"] }).Hits[0].Snippet);
}

public class FacetSegmentTests
{
    private static DocumentRecord Persons(string id, string text, params string[] names)
    {
        var entities = new List<EntityRecord>();
        int at = 0;
        foreach (var name in names)
        {
            at = text.IndexOf(name, at, StringComparison.Ordinal);
            entities.Add(new EntityRecord { Text = name, Start = at, End = at + name.Length, Label = "PERSON" });
            at += name.Length;
        }
        return new DocumentRecord { Id = id, Source = id, Entities = entities, Dates = [] };
    }

    [Fact]
    public void Facet_counts_add_up_across_segments_and_follow_a_refresh()
    {
        const string A = "تحدث لينين عن الثورة مع تروتسكي.";
        const string B = "كتب لينين عن الثورة.";
        const string C = "قاد جابون مسيرة الثورة.";
        using var dir = new TempDirectory();
        using (var writer = new PassageIndexWriter(dir.Path))
        {
            writer.Index("a", A, Persons("a", A, "لينين", "تروتسكي"));
            writer.Commit();
            writer.Index("b", B, Persons("b", B, "لينين"));
            writer.Commit();
        }
        using var searcher = new PassageSearcher(dir.Path);
        var person = searcher.Search("الثورة", new SearchOptions { Facets = 10 }).Facets["PERSON"];
        Assert.Equal([("لينين", 2), ("تروتسكي", 1)], person.Select(f => (f.Value, f.Count)));

        using (var writer = new PassageIndexWriter(dir.Path)) writer.Index("c", C, Persons("c", C, "جابون"));
        Assert.True(searcher.Refresh());
        person = searcher.Search("الثورة", new SearchOptions { Facets = 10 }).Facets["PERSON"];
        Assert.Equal([("لينين", 2), ("تروتسكي", 1), ("جابون", 1)], person.Select(f => (f.Value, f.Count)));
    }

    [Fact]
    public void Facets_on_an_index_without_records_are_empty()
    {
        using var dir = new TempDirectory();
        using (var writer = new PassageIndexWriter(dir.Path)) writer.Index("a", "اندلعت الثورة.");
        using var searcher = new PassageSearcher(dir.Path);
        var facets = searcher.Search("الثورة", new SearchOptions { Facets = 5 }).Facets;
        Assert.All(facets.Values, Assert.Empty);
        Assert.Contains("PERSON", facets.Keys);
    }
}
