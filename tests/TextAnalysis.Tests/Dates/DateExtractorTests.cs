using System.Globalization;
using TextAnalysis.Extraction.Dates;
using TextAnalysis.Records;

namespace TextAnalysis.Tests.Dates;

public class DateExtractorTests
{
    private static IReadOnlyList<DateRecord> Extract(string text, string? reference = null) => DateTestText.Extract(text, reference);

    private static List<(string Text, string? Value)> Pairs(string text, string? reference = null) => DateTestText.Pairs(text, reference);

    [Fact]
    public void Egyptian_month_with_day_and_year()
    {
        Assert.Equal([("3 يونيه 1998", "1998-06-03"), ("أغسطس 1999", "1999-08")],
            Pairs("وقّع الاتفاق في 3 يونيه 1998 ثم عُدّل في أغسطس 1999."));
    }

    [Fact]
    public void Levantine_two_word_months()
    {
        Assert.Equal([("9 تشرين الثاني 2019", "2019-11-09"), ("كانون الأول 2020", "2020-12"), ("1 كانون الثاني 2021", "2021-01-01"), ("شباط", "2021-02")],
            Pairs("افتُتح المعرض في 9 تشرين الثاني 2019 وأُغلق في كانون الأول 2020، ثم 1 كانون الثاني 2021 بدأ التحضير لشباط."));
    }

    [Fact]
    public void Maghrebi_months()
    {
        Assert.Equal([("12 جويلية 2021", "2021-07-12"), ("أوت", "2021-08"), ("جانفي 2022", "2022-01")],
            Pairs("انطلقت الحملة في 12 جويلية 2021 واستمرت حتى أوت، ثم استؤنفت في جانفي 2022."));
    }

    [Fact]
    public void Paired_month_names_are_one_span()
    {
        Assert.Equal([("14 شباط/فبراير 2023", "2023-02-14"), ("5 يوليو (تموز) 2015", "2015-07-05")],
            Pairs("وصل الوفد في 14 شباط/فبراير 2023. وكان قد زار البلد في 5 يوليو (تموز) 2015."));
    }

    [Fact]
    public void Attached_clitics_are_left_out_of_the_span()
    {
        const string text = "الخطة لعام 2018 وبفبراير 2019";
        var records = Extract(text);
        Assert.Equal([("عام 2018", "2018"), ("فبراير 2019", "2019-02")], records.Select(r => (r.Text, r.Value)).ToList());
        Assert.Equal(text.IndexOf("عام", StringComparison.Ordinal), records[0].Start);
    }

    [Fact]
    public void Year_with_calendar_noun_and_era_marker()
    {
        Assert.Equal([("سنة ١٩٨٢م", "1982"), ("عام 1990", "1990")], Pairs("تأسست الجمعية سنة ١٩٨٢م وانتقلت عام 1990."));
    }

    [Fact]
    public void Weekday_and_its_comma_join_the_date()
    {
        Assert.Equal([("يوم الجمعة، 3 مارس 2017", "2017-03-03")], Pairs("في صباح يوم الجمعة، 3 مارس 2017 خرج المتظاهرون."));
    }

    [Fact]
    public void Period_modifier_is_in_the_span_and_keeps_the_value()
    {
        Assert.Equal([("أوائل سبتمبر 2001", "2001-09"), ("نهاية العام", "2001")],
            Pairs("بدأ المشروع أوائل سبتمبر 2001 وانتهى قبل نهاية العام."));
    }

    [Theory]
    [InlineData("صدر القرار في 22/1/1905 بعد تأخير", "22/1/1905", "1905-01-22")]
    [InlineData("يبدأ العمل في 1905-01-22 صباحا", "1905-01-22", "1905-01-22")]
    [InlineData("أبوظبي – ٢٠٢٤/٣/٥ وصل", "٢٠٢٤/٣/٥", "2024-03-05")]
    [InlineData("الموعد 5.3.2024 نهائي", "5.3.2024", "2024-03-05")]
    public void Numeric_dates_in_both_digit_scripts_day_first(string text, string span, string value)
    {
        Assert.Equal([(span, value)], Pairs(text));
    }

    [Fact]
    public void Season_with_a_year()
    {
        Assert.Equal([("خريف 1999", "1999-FA"), ("مطلع صيف 2024", "2024-SU")], Pairs("في خريف 1999 ثم مطلع صيف 2024."));
    }

    [Fact]
    public void Ordinal_day_in_words()
    {
        Assert.Equal([("أول مايو 2000", "2000-05-01"), ("الخامس عشر من آب", "2000-08-15")],
            Pairs("احتفلوا في أول مايو 2000 ثم في الخامس عشر من آب."));
    }

    [Fact]
    public void Centuries_and_decades()
    {
        Assert.Equal([("القرن الحادي والعشرين", "20"), ("سبعينيات القرن العشرين", "197"), ("الثمانينيات", "198")],
            Pairs("في القرن الحادي والعشرين تغيّر كل شيء منذ سبعينيات القرن العشرين ثم الثمانينيات."));
    }

    [Fact]
    public void Hijri_day_converts_with_um_al_qura()
    {
        var r = Assert.Single(Extract("يبدأ الصيام يوم الاثنين 1 رمضان 1445هـ في المملكة"));
        Assert.Equal(("يوم الاثنين 1 رمضان 1445هـ", "2024-03-11", "1445-09-01", "hijri"), (r.Text, r.Value, r.Hijri, r.Calendar));
    }

    [Fact]
    public void Hijri_month_without_day_takes_the_month_of_its_first_day()
    {
        var r = Assert.Single(Extract("في شوال 1445 عادت الرحلات"));
        Assert.Equal(("شوال 1445", "2024-04", "1445-10"), (r.Text, r.Value, r.Hijri));
    }

    [Fact]
    public void Hijri_date_outside_um_al_qura_uses_the_tabular_calendar()
    {
        var r = Assert.Single(Extract("وُلد في 10 محرم 1300هـ بمكة"));
        var expected = DateOnly.FromDateTime(new HijriCalendar().ToDateTime(1300, 1, 10, 0, 0, 0, 0));
        Assert.Equal(expected.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.Value);
        Assert.Equal("1300-01-10", r.Hijri);
    }

    [Fact]
    public void Two_word_hijri_months_and_safar_are_months_not_numbers()
    {
        Assert.Equal([("صفر", "2023-08"), ("ربيع الأول", "2023-09"), ("ذي الحجة", "2024-06")],
            Pairs("بدأ الموسم في 1 محرم 1445 وارتفع في صفر وربيع الأول وانتهى في ذي الحجة. والنتيجة صفر.").Skip(1).ToList());
    }

    [Fact]
    public void Month_alone_takes_the_year_of_the_preceding_date()
    {
        var records = Extract("في 4 مارس 1990 بدأت المفاوضات، وفي يونيو وُقّع الاتفاق.");
        Assert.Equal(("يونيو", "1990-06"), (records[1].Text, records[1].Value));
        Assert.True(records[1].Inferred);
        Assert.False(records[0].Inferred);
    }

    [Fact]
    public void Same_and_following_year_are_relative_to_the_last_date()
    {
        Assert.Equal([("4 مارس 1990", "1990-03-04"), ("العام نفسه", "1990"), ("ديسمبر من العام التالي", "1991-12")],
            Pairs("في 4 مارس 1990 بدأت المفاوضات، وفي العام نفسه انتهت، ثم عادت في ديسمبر من العام التالي."));
    }

    [Fact]
    public void Year_relations_after_a_month_or_season_with_or_without_min()
    {
        Assert.Equal([("5 مايو 2010", "2010-05-05"), ("سبتمبر من نفس العام", "2010-09"), ("صيف العام الماضي", "2014-SU"), ("مارس العام المقبل", "2016-03")],
            Pairs("وصل في 5 مايو 2010 وغادر في سبتمبر من نفس العام، ويعود كما فعل صيف العام الماضي في مارس العام المقبل.", "2015-01-01"));
    }

    [Fact]
    public void Future_year_anchors_within_its_paragraph_only()
    {
        var records = Extract("تبدأ المرحلة الأولى في يونيو 2026، وتليها أعمال في مارس.\n\nويعقد المؤتمر في أبريل بنيويورك.", "2024-03-05");
        Assert.Equal([("يونيو 2026", "2026-06"), ("مارس", "2026-03"), ("أبريل", "2024-04")], records.Select(r => (r.Text, r.Value)).ToList());
    }

    [Fact]
    public void Coordinated_months_share_the_following_year()
    {
        Assert.Equal([("أبريل", "2003-04"), ("مايو 2003", "2003-05")], Pairs("في أبريل ومايو 2003 اشتدت المعارك."));
    }

    [Fact]
    public void Day_range_shares_month_and_year()
    {
        Assert.Equal([("3", "2012-11-03"), ("7 نوفمبر 2012", "2012-11-07")], Pairs("يقام المؤتمر من 3 إلى 7 نوفمبر 2012 في تونس."));
    }

    [Fact]
    public void Year_ranges_and_pairs_give_one_record_per_year()
    {
        Assert.Equal([("عامي 1990", "1990"), ("1995", "1995"), ("2010", "2010"), ("2014", "2014")],
            Pairs("ارتفعت الأسعار بين عامي 1990 و1995، ثم تراجعت خلال الفترة 2010-2014."));
    }

    [Fact]
    public void Hijri_year_alone_gives_the_gregorian_year_of_its_first_day()
    {
        var r = Assert.Single(Extract("تأسست الجمعية عام 1433هـ في جدة"));
        Assert.Equal(("عام 1433هـ", "2011", "1433", "hijri"), (r.Text, r.Value, r.Hijri, r.Calendar));
    }

    [Fact]
    public void Hijri_two_word_months_without_the_article()
    {
        var records = Extract("صدر القرار في 5 ربيع أول 1437هـ ويطبق في جمادى أولى");
        Assert.Equal([("5 ربيع أول 1437هـ", "1437-03-05"), ("جمادى أولى", "1437-05")], records.Select(r => (r.Text, r.Hijri)).ToList());
    }

    [Fact]
    public void Month_written_by_its_number_after_shahr()
    {
        Assert.Equal([("شهر 3 2014", "2014-03"), ("شهر عشرة", "2014-10")], Pairs("بدأ العمل في شهر 3 2014 وانتهى في شهر عشرة بعد شهر ثلاثة أيام."));
    }

    [Fact]
    public void Hijri_month_with_a_gregorian_year_is_the_one_beginning_that_year()
    {
        var records = Extract("تراجعت المبيعات في رمضان 2015 بشكل ملحوظ ثم تحسنت في شوال");
        Assert.Equal([("رمضان 2015", "2015-06", "1436-09"), ("شوال", "2015-07", "1436-10")],
            records.Select(r => (r.Text, r.Value, r.Hijri)).ToList());
    }

    [Fact]
    public void Article_written_on_the_day_number_is_in_the_span()
    {
        Assert.Equal([("الـ22 من يوليو 2015", "2015-07-22")], Pairs("انطلق المهرجان في الـ22 من يوليو 2015 بمشاركة الـ10 فرق"));
    }

    [Fact]
    public void Next_day_counts_from_the_last_day_and_per_day_is_not_a_date()
    {
        Assert.Equal([("5 مايو 2010", "2010-05-05"), ("اليوم التالي", "2010-05-06")],
            Pairs("وصل في 5 مايو 2010 وغادر في اليوم التالي بعد أن تناول الدواء مرتين في اليوم.", "2024-01-01"));
    }

    [Fact]
    public void Nth_and_last_weekday_of_a_month()
    {
        Assert.Equal([("ثالث ثلاثاء من أيلول 2014", "2014-09-16"), ("الجمعة الأخيرة من رمضان 1445هـ", "2024-04-05")],
            Pairs("يعقد الاجتماع في ثالث ثلاثاء من أيلول 2014، وتقام الصلاة في الجمعة الأخيرة من رمضان 1445هـ."));
    }

    [Fact]
    public void Weekday_with_an_ordinal_is_a_day_of_the_month_when_they_agree()
    {
        // 3 September 2013 was a Tuesday; 3 September 2014 was a Wednesday, so there it is the third Tuesday.
        Assert.Equal([("الثلاثاء الثالث من سبتمبر 2013", "2013-09-03"), ("الثلاثاء الثالث من سبتمبر 2014", "2014-09-16")],
            Pairs("وصل الثلاثاء الثالث من سبتمبر 2013 وعاد الثلاثاء الثالث من سبتمبر 2014."));
    }

    [Fact]
    public void Durations_are_not_dates()
    {
        Assert.Empty(Pairs("استمر الإضراب سبعة أشهر، وعقدت الجلسة 45 دقيقة خلال ثلاث سنوات.", "2024-01-01"));
    }

    [Fact]
    public void Event_names_alone_are_not_dates()
    {
        Assert.Empty(Pairs("وعُرف ذلك بيوم الأحد الدموي، وبعد انتصار ثورة أكتوبر الاشتراكية.", "2024-01-01"));
    }

    [Fact]
    public void Deictic_words_resolve_against_the_reference_date()
    {
        Assert.Equal([("أمس الخميس", "2024-05-02"), ("اليوم", "2024-05-03"), ("غداً", "2024-05-04")],
            Pairs("وصل الوفد أمس الخميس، ويجتمع صباح اليوم، ويغادر غداً.", "2024-05-03"));
    }

    [Fact]
    public void Deictic_words_without_reference_are_left_out()
    {
        Assert.Empty(Pairs("وصل الوفد أمس، ويجتمع اليوم."));
    }

    [Fact]
    public void Past_and_next_months_resolve_against_the_reference_date()
    {
        Assert.Equal([("مارس الماضي", "2024-03"), ("نوفمبر الماضي", "2023-11"), ("العاشر من أغسطس المقبل", "2024-08-10"), ("الشهر المقبل", "2024-08")],
            Pairs("رُفعت الفائدة في مارس الماضي بعد قرار نوفمبر الماضي، وتصدر البيانات في العاشر من أغسطس المقبل أو الشهر المقبل.", "2024-07-18"));
    }

    [Fact]
    public void Bare_year_after_an_event_noun_or_a_temporal_preposition()
    {
        Assert.Equal([("1919", "1919"), ("2030", "2030")], Pairs("بعد ثورة 1919 تغيرت البلاد، والهدف بحلول 2030، ويعمل في 1500 موقع."));
    }

    [Fact]
    public void Dateline_date_is_the_reference_when_none_is_given()
    {
        var records = Extract("دبي – الأحد 3 مارس 2024\n\nقال المسؤول اليوم إن الأعمال تبدأ يوم الثلاثاء.");
        Assert.Equal([("الأحد 3 مارس 2024", "2024-03-03"), ("اليوم", "2024-03-03"), ("يوم الثلاثاء", "2024-03-05")],
            records.Select(r => (r.Text, r.Value)).ToList());
    }

    [Fact]
    public void Hijri_dateline_with_its_gregorian_equivalent_is_the_reference()
    {
        var records = Extract("مكة – الأحد 1 رمضان 1446هـ الموافق 2 مارس 2025م\n\nوانطلقت الرحلات مطلع محرم الماضي، وتستأنف في شوال.");
        Assert.Equal(
            [("الأحد 1 رمضان 1446هـ", "2025-03-01", "1446-09-01"), ("2 مارس 2025م", "2025-03-02", null), ("مطلع محرم الماضي", "2024-07", "1446-01"), ("شوال", "2025-03", "1446-10")],
            records.Select(r => (r.Text, r.Value, r.Hijri)).ToList());
    }

    [Fact]
    public void Relative_to_writing_time_without_reference_keeps_span_without_value()
    {
        var r = Assert.Single(Extract("ارتفعت الأسعار هذا العام بنسبة كبيرة."));
        Assert.Equal(("هذا العام", null), (r.Text, r.Value));
    }

    [Fact]
    public void Year_written_alone_in_an_aside_does_not_anchor_the_next_paragraph()
    {
        var records = Extract("في 5 مايو 1960 بدأ الإضراب. أما قائده فقد توفي عام 1970.\n\nوفي يونيو اتسع الإضراب.");
        Assert.Equal(("يونيو", "1960-06"), (records[^1].Text, records[^1].Value));
    }

    [Fact]
    public void Days_after_the_last_date()
    {
        Assert.Equal([("الخامس من آذار 2007", "2007-03-05"), ("بعد ثلاثة أيام", "2007-03-08")],
            Pairs("في صباح الخامس من آذار 2007 وقع الانفجار، وأعيد الافتتاح بعد ثلاثة أيام."));
    }

    [Fact]
    public void Weak_month_names_need_support()
    {
        Assert.Empty(Pairs("مارس الضغط على الحكومة وقال رمضان إن الأب حاضر."));
        Assert.Equal([("مارس", "2024-03")], Pairs("في 1 يناير 2024 قرر ثم تراجع في مارس.").Skip(1).ToList());
    }

    [Fact]
    public void Span_keeps_diacritics_and_tatweel()
    {
        var r = Assert.Single(Extract("صدر في ١٤٤٥/٦/٢٠هـ تعميم"));
        Assert.Equal(("١٤٤٥/٦/٢٠هـ", "2024-01-02", "1445-06-20"), (r.Text, r.Value, r.Hijri));
    }

    [Fact]
    public void Random_input_never_throws_and_spans_slice_back()
    {
        const string alphabet = "ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءأإآ ٠١٢٣٤٥٦٧٨٩0123456789/-.،,()ـًٌٍَُِّْ\n";
        string[] words = ["يناير", "رمضان", "عام", "القرن", "من", "إلى", "الماضي", "يوم", "الأحد", "أول", "العام", "نفسه", "هـ", "م", "ربيع", "الأول", "كانون", "/", "1905", "31"];
        var random = new Random(20260101);
        for (int n = 0; n < 6000; n++)
        {
            var sb = new System.Text.StringBuilder();
            int parts = random.Next(1, 12);
            for (int p = 0; p < parts; p++)
            {
                if (random.Next(2) == 0) sb.Append(words[random.Next(words.Length)]);
                else for (int c = random.Next(1, 6); c > 0; c--) sb.Append(alphabet[random.Next(alphabet.Length)]);
                sb.Append(random.Next(3) == 0 ? "" : " ");
            }
            Extract(sb.ToString(), random.Next(2) == 0 ? null : "2020-02-29");
        }
    }
}
