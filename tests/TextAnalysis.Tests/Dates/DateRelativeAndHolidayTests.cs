using System.Globalization;
using TextAnalysis.Extraction.Dates;
using TextAnalysis.Records;

namespace TextAnalysis.Tests.Dates;

/// <summary>Holidays, weekdays, relative days and weeks, Nth days, ranges: one test per phenomenon.</summary>
public class DateRelativeAndHolidayTests
{
    private static readonly UmAlQuraCalendar UmAlQura = new();

    // A Tuesday, as in Duckling's corpus.
    private const string Tuesday = "2013-02-12";
    // A Thursday, the date of a news day.
    private const string Thursday = "2015-07-23";

    private static IReadOnlyList<DateRecord> Extract(string text, string? reference = null) => DateTestText.Extract(text, reference);

    private static List<(string Text, string? Value)> Pairs(string text, string? reference = null) => DateTestText.Pairs(text, reference);

    private static string? One(string text, string? reference = null) => Assert.Single(Extract(text, reference)).Value;

    private static string UmAlQuraIso(int year, int month, int day) =>
        UmAlQura.ToDateTime(year, month, day, 0, 0, 0, 0).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public void Hijri_holidays_fall_in_the_gregorian_year_in_question()
    {
        // 2013 is AH 1434–1435: the Fitr and the Adha of 1434, and the new year of 1435, fall in it.
        Assert.Equal(UmAlQuraIso(1434, 10, 1), One("عيد الفطر 2013"));
        Assert.Equal(UmAlQuraIso(1434, 12, 10), One("يحل عيد الأضحى هذا العام مبكرا", Tuesday));
        Assert.Equal(UmAlQuraIso(1435, 1, 1), One("رأس السنة الهجرية", Tuesday));
        Assert.Equal(UmAlQuraIso(1441, 1, 1), One("رأس السنة الهجرية 2019"));
    }

    [Fact]
    public void Hijri_holiday_with_a_hijri_year_keeps_the_hijri_date()
    {
        var r = Assert.Single(Extract("صلاة عيد الفطر المبارك لعام 1445هـ"));
        Assert.Equal(("عيد الفطر المبارك لعام 1445هـ", UmAlQuraIso(1445, 10, 1), "1445-10-01", "عيد الفطر المبارك"), (r.Text, r.Value, r.Hijri, r.Holiday));
    }

    [Fact]
    public void Holiday_with_the_preposition_bi_attached_and_a_hijri_context()
    {
        var records = Extract("صام المسلمون رمضان 1445 هـ ثم احتفلوا بعيد الفطر");
        Assert.Equal(("عيد الفطر", "1445-10-01", UmAlQuraIso(1445, 10, 1)), (records[1].Text, records[1].Hijri, records[1].Value));
        Assert.Equal(records[1].Start, "صام المسلمون رمضان 1445 هـ ثم احتفلوا ب".Length);
    }

    [Fact]
    public void Christmas_and_western_easter()
    {
        Assert.Equal("2020-12-25", One("عيد الميلاد 2020"));
        Assert.Equal("2013-03-31", One("عيد الفصح 2013"));
        Assert.Equal("2025-04-20", One("احتفالات عيد الفصح عام 2025"));
        Assert.Equal("2000-04-23", One("عيد الفصح 2000"));
    }

    [Fact]
    public void A_birthday_is_not_christmas()
    {
        Assert.Empty(Extract("احتفل بعيد ميلاده الخمسين وعيد الميلاد الستين لوالده"));
    }

    [Fact]
    public void Weekday_named_alone_is_the_next_one()
    {
        Assert.Equal("2013-02-14", One("الخميس", Tuesday));
        Assert.Equal("2013-02-19", One("الثلاثاء", Tuesday));
        Assert.Equal("2013-02-17", One("الاحد", Tuesday));
    }

    [Fact]
    public void Weekday_in_a_report_of_past_events_is_the_last_one()
    {
        Assert.Equal("2015-07-21", One("قال علماء الثلاثاء إن عقارين يقللان الخطر", Thursday));
        Assert.Equal("2015-07-23", One("وأعلنت الوزارة الخميس أن الحملة انتهت", Thursday));
    }

    [Fact]
    public void Weekday_in_a_sentence_about_the_future_is_the_coming_one()
    {
        Assert.Equal("2015-07-24", One("ويلتقي الفريقان الجمعة في الملعب الرئيسي", Thursday));
        Assert.Equal("2015-07-28", One("سيبدأ المؤتمر أعماله الثلاثاء", Thursday));
    }

    [Fact]
    public void Weekday_words_in_other_senses_are_not_dates()
    {
        Assert.Empty(Extract("أدى المصلون صلاة الجمعة وتحدثت خطب الجمعة عن الصبر، واتفق الاثنين على ذلك.", Thursday));
        Assert.Empty(Extract("وصل الأحد عشر لاعبا", Thursday));
    }

    [Fact]
    public void Weekday_of_a_week_told_from_the_reference()
    {
        Assert.Equal("2013-02-10", One("الاحد من الاسبوع الماضي", Tuesday));
        Assert.Equal("2013-02-11", One("اثنين الاسبوع الحالي", Tuesday));
        Assert.Equal("2013-02-05", One("ثلاثاء الاسبوع الفائت", Tuesday));
        Assert.Equal("2013-02-22", One("يوم الجمعة من الأسبوع المقبل", Tuesday));
    }

    [Fact]
    public void Weeks_are_iso_weeks_relative_to_the_reference_or_whole_weeks_of_a_month()
    {
        Assert.Equal([("الاسبوع الماضي", "2013-W06", "week")], Extract("الاسبوع الماضي", Tuesday).Select(r => (r.Text, r.Value, r.Grain)).ToList());
        Assert.Equal("2013-W07", One("هذا الأسبوع", Tuesday));
        Assert.Equal("2013-W08", One("الأسبوع المقبل", Tuesday));
        // The first week wholly in October 2014 starts on Monday the 6th; the last wholly in September on the 22nd.
        Assert.Equal("2014-W41", One("اول اسبوع بشهر اكتوبر 2014"));
        Assert.Equal("2014-W39", One("الأسبوع الأخير من سبتمبر 2014"));
    }

    [Fact]
    public void Days_counted_past_the_end_of_the_calendar_have_no_value()
    {
        var records = Extract("في 31/12/9999 ثم السبت 5 وبعد ثلاثة أيام وأول جمعة بعد 31 ديسمبر 9999");
        Assert.Equal("9999-12-31", records[0].Value);
        Assert.All(records.Skip(1), r => Assert.Null(r.Value));
    }

    [Fact]
    public void Weekday_before_last()
    {
        Assert.Equal("2015-07-15", One("فاز الفريق الأربعاء قبل الماضي", Thursday));
    }

    [Fact]
    public void Weekday_with_a_day_of_the_month_and_no_month()
    {
        Assert.Equal("2013-02-16", One("السبت السادس عشر", Tuesday));
        // February 2013 has no 31st; 31 March 2013 is a Sunday: the month is the next one, where they agree.
        Assert.Equal("2013-03-31", One("الأحد 31", Tuesday));
        // A number that counts the word after it is not a day.
        Assert.Equal([("الجمعة", "2013-02-08")], Pairs("وكان سعر النفط قد ارتفع الجمعة 15 سنتا", Tuesday));
    }

    [Fact]
    public void Colloquial_tomorrow_and_yesterday()
    {
        Assert.Equal("2013-02-13", One("بكرة", Tuesday));
        Assert.Equal("2013-02-11", One("امبارح", Tuesday));
        Assert.Equal("2013-02-14", One("بعد بكرة", Tuesday));
        Assert.Empty(Extract("داعيا عليها بالموت بكرة وأصيلا", Tuesday));
    }

    [Fact]
    public void Day_after_tomorrow_and_before_yesterday_with_a_relative_clause()
    {
        Assert.Equal("2013-02-14", One("اليوم الذي بعد الغد", Tuesday));
        Assert.Equal("2013-02-14", One("اليوم الي بعد بكرة", Tuesday));
        Assert.Equal("2013-02-10", One("اليوم القبل البارحة", Tuesday));
        Assert.Equal("2013-02-10", One("أمس الأول", Tuesday));
    }

    [Fact]
    public void Weekday_restating_a_deictic_joins_its_span()
    {
        Assert.Equal([("اليوم (الخميس)", "2015-07-23"), ("أول من أمس الثلاثاء", "2015-07-21")],
            Pairs("أقر البرلمان اليوم (الخميس) القانون الذي عرض أول من أمس الثلاثاء", Thursday));
    }

    [Fact]
    public void Nth_day_and_last_day_of_a_month()
    {
        Assert.Equal("2013-10-03", One("ثالث يوم من شهر عشرة", Tuesday));
        Assert.Equal("2015-10-31", One("اخر يوم بشهر عشرة سنة 2015"));
        Assert.Equal("2024-02-29", One("اليوم الأخير من شهر فبراير 2024"));
        Assert.Equal("2013-10-03", One("اليوم الثالث من اكتوبر", Tuesday));
    }

    [Fact]
    public void Nth_weekday_after_a_day()
    {
        Assert.Equal("2015-01-13", One("ثالث ثلاثاء بعد كريسماس 2014"));
        Assert.Equal("2024-03-08", One("أول جمعة بعد 1 مارس 2024"));
    }

    [Fact]
    public void Days_ago_with_mundhu_and_min()
    {
        Assert.Equal("2015-07-20", One("تقطع الجماعة الاتصالات منذ ثلاثة أيام", Thursday));
        Assert.Equal("2013-02-05", One("من اسبوع", Tuesday));
        Assert.Empty(Extract("بقيت السفينة أكثر من أسبوع في البحر، ولأكثر من خمسة أيام", Thursday));
    }

    [Fact]
    public void On_this_day_is_the_day_told_about()
    {
        Assert.Equal([("3 مارس 2020", "2020-03-03"), ("هذا اليوم", "2020-03-03")], Pairs("وصل الوفد في 3 مارس 2020، وفي هذا اليوم وقّع الاتفاق."));
        Assert.Equal([("22 يناير 1905", "1905-01-22")], Pairs("قُتل المئات في 22 يناير 1905. وعُرف هذا اليوم بالأحد الدموي."));
    }

    [Fact]
    public void Numeric_date_with_spaces_around_its_separators()
    {
        var r = Assert.Single(Extract("اعتبارا من يوم الأربعاء 6 / 10 / 1436هـ ولمدة ثلاثة أسابيع"));
        Assert.Equal(("يوم الأربعاء 6 / 10 / 1436هـ", "1436-10-06", UmAlQuraIso(1436, 10, 6)), (r.Text, r.Hijri, r.Value));
    }

    [Fact]
    public void A_chain_of_coordinated_months_shares_the_year_written_last()
    {
        Assert.Equal([("فيفري", "2021-02"), ("أفريل", "2021-04"), ("جوان", "2021-06"), ("أوت 2021", "2021-08")],
            Pairs("جرت الانتخابات في فيفري وأفريل وجوان وأوت 2021", "2024-08-04"));
    }

    [Fact]
    public void Ranges_link_their_start_and_end()
    {
        static List<(string, string?, string?)> Ranges(string text) => Extract(text).Select(r => (r.Text, r.Value, r.Range)).ToList();
        Assert.Equal([("12 مايو", "1905-05-12", "start"), ("أواخر يوليو 1905", "1905-07", "end")], Ranges("استمر الإضراب من 12 مايو حتى أواخر يوليو 1905."));
        Assert.Equal([("عامي 1914", "1914", "start"), ("1918", "1918", "end")], Ranges("بين عامي 1914 و1918 دارت الحرب."));
        Assert.Equal([("1914", "1914", "start"), ("1918", "1918", "end")], Ranges("الحرب العالمية الأولى 1914-1918"));
        Assert.Equal([("الثالث والعشرين", "2013-10-23", "start"), ("السادس والعشرين من شهر أكتوبر 2013", "2013-10-26", "end")],
            Ranges("من الثالث والعشرين وحتى السادس والعشرين من شهر أكتوبر 2013"));
        Assert.Equal([("يوليو 13", "2013-07-13", "start"), ("15 2013", "2013-07-15", "end")], Ranges("يوليو 13-15 2013"));
        Assert.Equal([("5 يناير 2013", "2013-01-05", null), ("تموز 13", "2013-07-13", "start"), ("15", "2013-07-15", "end")],
            Ranges("أُعلن في 5 يناير 2013 أن المهرجان يقام تموز 13 الى 15."));
        // Two months joined by و are a pair, not a range.
        Assert.All(Extract("زار البلد في مايو ويوليو 1905."), r => Assert.Null(r.Range));
    }
}

public class DateTimeOfDayTests
{
    private static List<(string Text, string? Value, string? Time)> Times(string text, string? reference = null) =>
        DateExtractor.Default.Extract(new AnalyzedText(text), reference is null ? null : DateOnly.Parse(reference, CultureInfo.InvariantCulture))
            .Select(r => (r.Text, r.Value, r.Time)).ToList();

    [Fact]
    public void Time_of_day_after_a_date_is_an_extra_field_and_the_span_and_value_stay_the_date()
    {
        Assert.Equal([("الخميس 15 أغسطس 2013", "2013-08-15", "22:30")], Times("يبدأ الحفل الخميس 15 أغسطس 2013 الساعة 10:30 مساءً"));
        Assert.Equal([("اليوم", "2015-07-23", "15:30")], Times("تنطلق المباراة اليوم في تمام الساعة الثالثة والنصف عصراً", "2015-07-23"));
        Assert.Equal([("يوم 22 يناير 1905", "1905-01-22", "10:00")], Times("خرجت المسيرة يوم 22 يناير 1905 الساعة العاشرة صباحاً"));
    }

    [Fact]
    public void Weekday_with_day_and_month_in_digits_and_a_time()
    {
        Assert.Equal([("يوم السبت 21/09", "2013-09-21", "13:30")], Times("يوم السبت 21/09 الساعة 1:30 بعد الظهر", "2013-02-12"));
    }

    [Fact]
    public void Time_of_day_before_a_date()
    {
        Assert.Equal([("الأربعاء", "2015-07-22", "23:30")], Times("وعند الساعة 11:30 من مساء الأربعاء ورد بلاغ للشرطة", "2015-07-23"));
        Assert.Equal([("يوم 5 مارس 2024", "2024-03-05", "11:45")], Times("الساعة الثانية عشرة إلا ربعاً من ظهر يوم 5 مارس 2024"));
    }

    [Fact]
    public void No_time_without_a_clock_reading()
    {
        Assert.Equal([("5 مارس 2024", "2024-03-05", null)], Times("في 5 مارس 2024 لمدة ساعة واحدة"));
    }
}

public class NumericMonthYearTests
{
    [Fact]
    public void Month_and_year_with_a_slash_but_not_a_reference_number()
    {
        var records = DateExtractor.Default.Extract(new AnalyzedText("صدر في 2/2013 بموجب القرار رقم 3/2015 والتعميم 4/2016"));
        Assert.Equal([("2/2013", "2013-02", "month")], records.Select(r => (r.Text, r.Value, r.Grain)).ToList());
    }
}
