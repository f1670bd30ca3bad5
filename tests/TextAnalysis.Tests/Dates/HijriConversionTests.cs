using System.Globalization;
using TextAnalysis.Extraction.Dates;

namespace TextAnalysis.Tests.Dates;

/// <summary>
/// Hijri dates are converted with Um al-Qura inside AH 1318–1500 and with the tabular Islamic calendar outside it;
/// both are checked against .NET's own <see cref="UmAlQuraCalendar"/> and <see cref="HijriCalendar"/>, at the edges
/// of Um al-Qura's range and just outside them, through the whole extractor.
/// </summary>
public class HijriConversionTests
{
    private static readonly UmAlQuraCalendar UmAlQura = new();
    private static readonly HijriCalendar Tabular = new();

    private static readonly string[] MonthNames =
        ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذي القعدة", "ذي الحجة"];

    private static string Iso(DateTime d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static (string? Value, string? Hijri) ExtractDay(int year, int month, int day)
    {
        var text = $"جرى ذلك في {day} {MonthNames[month - 1]} {year}هـ كما تروي المصادر";
        var r = Assert.Single(DateExtractor.Default.Extract(new AnalyzedText(text)));
        Assert.Equal(text[r.Start..r.End], r.Text);
        Assert.Equal("hijri", r.Calendar);
        return (r.Value, r.Hijri);
    }

    [Theory]
    [InlineData(1318, 1, 1)]    // the first day Um al-Qura covers (1900-04-30)
    [InlineData(1318, 2, 15)]
    [InlineData(1445, 9, 1)]
    [InlineData(1500, 1, 1)]
    [InlineData(1500, 12, 0)]   // 0: the last day of the month, the last day Um al-Qura covers
    public void Inside_AH_1318_to_1500_the_value_is_UmAlQuraCalendar(int year, int month, int day)
    {
        if (day == 0) day = UmAlQura.GetDaysInMonth(year, month);
        var (value, hijri) = ExtractDay(year, month, day);
        Assert.Equal(Iso(UmAlQura.ToDateTime(year, month, day, 0, 0, 0, 0)), value);
        Assert.Equal($"{year:D4}-{month:D2}-{day:D2}", hijri);
    }

    [Theory]
    [InlineData(1317, 12, 29)]  // the day before Um al-Qura's range
    [InlineData(1317, 1, 1)]
    [InlineData(1200, 5, 10)]
    [InlineData(1, 1, 1)]       // the first day of the Hijri era
    [InlineData(1501, 1, 1)]    // the first day after Um al-Qura's range
    [InlineData(1600, 3, 12)]
    public void Outside_AH_1318_to_1500_the_value_is_the_tabular_HijriCalendar(int year, int month, int day)
    {
        var (value, hijri) = ExtractDay(year, month, day);
        Assert.Equal(Iso(Tabular.ToDateTime(year, month, day, 0, 0, 0, 0)), value);
        Assert.Equal($"{year:D4}-{month:D2}-{day:D2}", hijri);
    }

    [Theory]
    [InlineData(1317, false)]
    [InlineData(1318, true)]
    [InlineData(1500, true)]
    [InlineData(1501, false)]
    public void A_Hijri_year_alone_is_the_gregorian_year_of_its_first_day_in_the_calendar_of_its_range(int year, bool umAlQura)
    {
        var text = $"وفي سنة {year} هـ عاد إلى بلده";
        var r = Assert.Single(DateExtractor.Default.Extract(new AnalyzedText(text)));
        Calendar calendar = umAlQura ? UmAlQura : Tabular;
        Assert.Equal(calendar.ToDateTime(year, 1, 1, 0, 0, 0, 0).Year.ToString(CultureInfo.InvariantCulture), r.Value);
        Assert.Equal(year.ToString("D4", CultureInfo.InvariantCulture), r.Hijri);
    }

    [Fact]
    public void A_day_past_the_end_of_its_month_has_no_value()
    {
        // Um al-Qura months have 29 or 30 days: find one of 29 and write its 30th.
        int month = 1;
        while (UmAlQura.GetDaysInMonth(1440, month) == 30) month++;
        var text = $"في 30 {MonthNames[month - 1]} 1440هـ";
        var r = Assert.Single(DateExtractor.Default.Extract(new AnalyzedText(text)));
        Assert.Null(r.Value);
    }

    [Fact]
    public void Gregorian_to_Hijri_uses_the_same_calendars_at_the_edges()
    {
        var first = new DateOnly(1900, 4, 30);
        Assert.Equal(new HijriDate(1318, 1, 1), HijriDate.FromGregorian(first));
        var before = first.AddDays(-1);
        var t = before.ToDateTime(TimeOnly.MinValue);
        Assert.Equal(new HijriDate(Tabular.GetYear(t), Tabular.GetMonth(t), Tabular.GetDayOfMonth(t)), HijriDate.FromGregorian(before));
        var last = DateOnly.FromDateTime(UmAlQura.MaxSupportedDateTime);
        Assert.Equal(new HijriDate(1500, 12, UmAlQura.GetDaysInMonth(1500, 12)), HijriDate.FromGregorian(last));
        var after = last.AddDays(1).ToDateTime(TimeOnly.MinValue);
        Assert.Equal(new HijriDate(Tabular.GetYear(after), Tabular.GetMonth(after), Tabular.GetDayOfMonth(after)), HijriDate.FromGregorian(DateOnly.FromDateTime(after)));
    }
}
