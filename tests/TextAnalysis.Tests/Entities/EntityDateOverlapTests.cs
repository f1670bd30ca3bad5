using TextAnalysis.Records;

namespace TextAnalysis.Tests.Entities;

/// <summary>How the analyzer settles a name that overlaps a date: the date wins unless the name holds it whole.</summary>
public class EntityDateOverlapTests
{
    private static DateRecord Date(int start, int end) => new() { Text = new string('x', end - start), Start = start, End = end, Grain = "month" };

    private static EntityRecord Entity(int start, int end, string label) => new() { Text = new string('x', end - start), Start = start, End = end, Label = label };

    private static string[] Kept(EntityRecord[] entities, params DateRecord[] dates) =>
        TextAnalyzer.WithoutDates(entities, dates).Select(e => $"{e.Start}-{e.End} {e.Label}").ToArray();

    [Fact]
    public void A_name_with_the_span_of_a_date_is_dropped()
    {
        // وربيع الأول: the Hijri month, not a person named ربيع.
        Assert.Empty(Kept([Entity(10, 20, "PERSON")], Date(10, 20)));
    }

    [Fact]
    public void A_name_inside_a_date_is_dropped()
    {
        // عام 600 ميلاديا: ميلاديا is no event.
        Assert.Empty(Kept([Entity(9, 16, "MISC")], Date(0, 16)));
    }

    [Fact]
    public void A_person_that_straddles_the_start_of_a_date_is_dropped()
    {
        // صباح الخامس من آذار 2007: the date starts at الخامس.
        Assert.Empty(Kept([Entity(4, 15, "PERSON")], Date(9, 29)));
    }

    [Fact]
    public void An_event_that_runs_into_a_date_is_kept()
    {
        // ثورة كانون الثاني/يناير 2011.
        Assert.Equal(["0-16 MISC"], Kept([Entity(0, 16, "MISC")], Date(5, 29)));
    }

    [Fact]
    public void A_name_that_holds_a_whole_date_and_more_is_kept()
    {
        // شارع 26 يوليو, بيان 17 أكتوبر.
        Assert.Equal(["0-13 LOCATION", "20-33 MISC"], Kept([Entity(0, 13, "LOCATION"), Entity(20, 33, "MISC")], Date(5, 13), Date(25, 33)));
    }

    [Fact]
    public void Names_apart_from_every_date_are_kept()
    {
        Assert.Equal(["0-5 PERSON", "20-26 LOCATION"], Kept([Entity(0, 5, "PERSON"), Entity(20, 26, "LOCATION")], Date(5, 20), Date(26, 30)));
    }

    [Fact]
    public void A_long_date_is_found_behind_the_short_dates_that_start_after_it()
    {
        // The dates are searched from the last that starts before the name, back while their ends can reach it.
        Assert.Equal(["60-70 PERSON"], Kept([Entity(50, 55, "PERSON"), Entity(60, 70, "PERSON")], Date(30, 40), Date(0, 57), Date(10, 12), Date(20, 22)));
    }
}
