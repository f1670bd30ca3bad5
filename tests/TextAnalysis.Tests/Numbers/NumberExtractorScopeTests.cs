using TextAnalysis.Extraction.Numbers;
using TextAnalysis.Records;

namespace TextAnalysis.Tests.Numbers;

/// <summary>Ranges, overflow, money sub-units, signs written as words, counted nouns and the context cases.</summary>
public class NumberExtractorScopeTests
{
    private static IReadOnlyList<NumberRecord> Extract(string text)
    {
        var records = NumberExtractor.Default.Extract(new AnalyzedText(text));
        foreach (var r in records)
        {
            Assert.Equal(text[r.Start..r.End], r.Text);
            Assert.True(double.IsFinite(r.Value), $"«{r.Text}» has a non-finite value");
        }
        return records;
    }

    private static NumberRecord One(string text)
    {
        var records = Extract(text);
        Assert.True(records.Count == 1, $"expected one number in «{text}», got: {string.Join(" | ", records.Select(r => r.Text))}");
        return records[0];
    }

    private static (NumberRecord Start, NumberRecord End) Range(string text)
    {
        var records = Extract(text);
        Assert.Equal(2, records.Count);
        Assert.Equal("start", records[0].Range);
        Assert.Equal("end", records[1].Range);
        Assert.Equal(records[1].Kind, records[0].Kind);
        Assert.Equal(records[1].Currency, records[0].Currency);
        Assert.Equal(records[1].Unit, records[0].Unit);
        return (records[0], records[1]);
    }

    [Fact]
    public void Range_from_to_is_two_linked_records()
    {
        var (a, b) = Range("يتراوح السعر من 10 إلى 20 دولاراً");
        Assert.Equal((10.0, 20.0), (a.Value, b.Value));
        Assert.Equal(("money", "USD"), (a.Kind, a.Currency));
    }

    [Fact]
    public void Range_with_a_dash()
    {
        var (a, b) = Range("بلغ عدد المشاركين 10-20 شخصاً");
        Assert.Equal(("10", "20"), (a.Text, b.Text));
        Assert.Equal("شخص", a.Unit);
    }

    [Fact]
    public void Range_between_and()
    {
        var (a, b) = Range("يعمل بين 5 و7 ساعات يومياً");
        Assert.Equal((5.0, 7.0), (a.Value, b.Value));
        Assert.Equal(("quantity", "ساعة"), (a.Kind, a.Unit));
    }

    [Fact]
    public void Range_first_end_takes_the_scale_of_the_second()
    {
        var (a, b) = Range("يسكنها من 3 إلى 5 ملايين نسمة");
        Assert.Equal((3e6, 5e6), (a.Value, b.Value));
        Assert.Equal("3", a.Text);
    }

    [Fact]
    public void Percent_range_with_the_marker_on_the_second_number_only()
    {
        var (a, b) = Range("ارتفعت البطالة من 3 إلى 5 في المائة");
        Assert.Equal("percent", a.Kind);
        Assert.Equal(("3", "5 في المائة"), (a.Text, b.Text));
    }

    [Fact]
    public void Descending_from_to_is_a_change_not_a_range() =>
        Assert.All(Extract("انخفض العدد من 20 إلى 10 أشخاص"), r => Assert.Null(r.Range));

    [Fact]
    public void Coordination_without_between_is_not_a_range() =>
        Assert.All(Extract("اشترى 5 كتب و7 أقلام"), r => Assert.Null(r.Range));

    [Fact]
    public void Hundred_digit_number_is_flagged_as_overflow()
    {
        var digits = string.Concat(Enumerable.Repeat("1234567890", 10));
        var r = One("الرقم " + digits);
        Assert.Equal(digits, r.Text);
        Assert.True(r.Overflow);
        Assert.Equal(NumberExtractor.MaxValue, r.Value);
        Assert.Equal(NumberExtractor.MaxValue, (double)(decimal)r.Value, 0);
    }

    [Fact]
    public void Repeated_thousand_overflows_without_infinity_in_json()
    {
        var text = string.Join(' ', Enumerable.Repeat("ألف", 200)) + " دينار";
        var records = Extract(text);
        var r = Assert.Single(records);
        Assert.True(r.Overflow);
        var json = RecordJson.Serialize(new DocumentRecord { Id = "x", Source = "x", Numbers = records });
        Assert.Contains("\"overflow\":true", json);
        Assert.DoesNotContain("Infinity", json);
        Assert.DoesNotContain("NaN", json);
    }

    [Fact]
    public void Numbers_within_range_carry_no_overflow_flag()
    {
        var r = One("بلغ الدين 30 تريليون دولار");
        Assert.False(r.Overflow);
        Assert.Equal(3e13, r.Value);
        Assert.DoesNotContain("overflow", RecordJson.Serialize(new DocumentRecord { Id = "x", Source = "x", Numbers = [r] }));
    }

    [Fact]
    public void Thousand_thousand_is_a_million() => Assert.Equal(1e6, One("أنفق ألف ألف درهم").Value);

    [Theory]
    [InlineData("اشترى الكتاب بـ 20 دولار و43 سنت", "20 دولار و43 سنت", 20.43, "USD")]
    [InlineData("دفع 20$ و 43c", "20$ و 43c", 20.43, "USD")]
    [InlineData("الثمن 15 جنيهاً مصرياً و50 قرشاً", "15 جنيهاً مصرياً و50 قرشاً", 15.5, "EGP")]
    [InlineData("بلغ الرسم 3 دنانير كويتية و250 فلساً", "3 دنانير كويتية و250 فلساً", 3.25, "KWD")]
    public void Whole_and_sub_unit_amounts_are_one_money_record(string text, string span, double value, string currency)
    {
        var r = One(text);
        Assert.Equal(span, r.Text);
        Assert.Equal(value, r.Value, 9);
        Assert.Equal(("money", currency), (r.Kind, r.Currency));
    }

    [Theory]
    [InlineData("سجلت الحرارة ناقص 5 درجات", "ناقص 5", -5)]
    [InlineData("وصلت الحرارة إلى ناقص خمسة", "ناقص خمسة", -5)]
    [InlineData("القيمة سالب ثلاثة", "سالب ثلاثة", -3)]
    public void Naqis_before_a_number_is_its_minus_sign(string text, string span, double value)
    {
        var r = One(text);
        Assert.Equal(span, r.Text);
        Assert.Equal(value, r.Value);
    }

    [Fact]
    public void Naqis_between_two_numbers_is_a_subtraction() =>
        Assert.Equal([10.0, 3.0], Extract("عشرة ناقص ثلاثة").Select(r => r.Value));

    [Theory]
    [InlineData("حضر ثلاثة مهندسين", "مهندس")]
    [InlineData("أسست خمس شركات", "شركة")]
    [InlineData("أنجبت أربعة أطفال", "طفل")]
    [InlineData("يضم سبعة منظمات", "منظمة")]
    public void Counted_plural_after_three_to_ten_has_its_singular_lemma(string text, string unit) => Assert.Equal(unit, One(text).Unit);

    [Theory]
    [InlineData("يشارك ألفان من الحرفيين في المعرض", "حرفي")]
    [InlineData("وصل 45 ألفاً من الزوار", "زائر")]
    [InlineData("حضر عشرون من المهندسين", "مهندس")]
    public void Counted_noun_after_min_and_a_definite_plural(string text, string unit) => Assert.Equal(unit, One(text).Unit);

    [Theory]
    [InlineData("خفض الفائدة 200 نقطة أساس", "نقطة أساس")]
    [InlineData("يوفر المشروع ثلاثة آلاف فرصة عمل", "فرصة عمل")]
    [InlineData("أنشئ 12 مركز تدريب", "مركز تدريب")]
    public void Two_word_counted_nouns(string text, string unit)
    {
        var r = One(text);
        Assert.Equal(unit, r.Unit);
        Assert.Equal("cardinal", r.Kind);
    }

    [Theory]
    [InlineData("سقط 120 بين قتيل وجريح", "قتيل وجريح")]
    [InlineData("سقط 300 قتيل وجريح في المعارك", "قتيل وجريح")]
    [InlineData("قتل ثلاثة رجال وامرأة", "رجل")]
    public void Pairs_of_counted_nouns(string text, string unit) => Assert.Equal(unit, One(text).Unit);

    [Fact]
    public void Counted_noun_after_a_bracketed_number() => Assert.Equal("عضو", One("انتخب (151) عضواً").Unit);

    [Theory]
    [InlineData("انتظر لمدة ثانية ثم غادر")]
    [InlineData("كل ثانية تمر")]
    [InlineData("في جزء من الثانية")]
    [InlineData("تتحرك بسرعة متر في الثانية")]
    public void Thaniya_as_a_second_of_time_is_no_ordinal(string text) =>
        Assert.DoesNotContain(Extract(text), r => r.Kind == "ordinal");

    [Fact]
    public void Thaniya_one_second_is_a_duration()
    {
        var r = One("انتظر لمدة ثانية واحدة");
        Assert.Equal(("واحدة", "quantity", "ثانية"), (r.Text, r.Kind, r.Unit));
    }

    [Theory]
    [InlineData("فاز للمرة الثانية")]
    [InlineData("جاء في المرتبة الثانية")]
    [InlineData("عقدت جولة ثانية من المفاوضات")]
    public void Thaniya_after_a_noun_is_an_ordinal(string text)
    {
        var r = One(text);
        Assert.Equal((2.0, "ordinal"), (r.Value, r.Kind));
    }

    [Theory]
    [InlineData("لم يحضر أحد الاجتماع")]
    [InlineData("لا يعرف أحد السبب")]
    [InlineData("هل رأى أحدكم الخبر")]
    public void Ahad_as_someone_is_no_number(string text) => Assert.Empty(Extract(text));

    [Theory]
    [InlineData("شاهدت فيلم «ثلاثة رجال وامرأة» أمس")]
    [InlineData("قرأت رواية \"الخمسة الكبار\" في يومين")]
    [InlineData("عرض مسلسل «عشرة عبيد صغار» على الشاشة")]
    public void A_number_inside_a_quoted_title_is_part_of_the_title(string text) => Assert.Empty(Extract(text));

    [Fact]
    public void A_quoted_number_without_a_title_noun_still_counts() =>
        Assert.Equal(3, One("قال إن «ثلاثة رجال» هاجموه").Value);

    [Theory]
    [InlineData("انطلقت الدورة الـ15 للمهرجان", "الـ15", 15)]
    [InlineData("احتفل بعيد ميلاده الـ 80", "الـ 80", 80)]
    [InlineData("وفي الدورة الـ٢٣ للمؤتمر", "الـ٢٣", 23)]
    [InlineData("حصل على 1st place", "1st", 1)]
    public void Ordinals_written_with_digits(string text, string span, double value)
    {
        var r = One(text);
        Assert.Equal((span, value, "ordinal"), (r.Text, r.Value, r.Kind));
        Assert.Null(r.Unit);
    }

    [Fact]
    public void Definite_digits_before_a_unit_count_rather_than_rank()
    {
        var r = Extract("خلال الـ100 يوم الأولى")[0];
        Assert.Equal(("100", "quantity"), (r.Text, r.Kind));
    }

    [Theory]
    [InlineData("تبلغ مساحة المزرعة 40 هكتاراً", "هكتار")]
    [InlineData("قطع 15 ميلاً", "ميل")]
    public void Units_in_the_accusative_with_tanween(string text, string unit)
    {
        var r = One(text);
        Assert.Equal(("quantity", unit), (r.Kind, r.Unit));
    }

    [Theory]
    [InlineData("نما الاقتصاد في الربع الأول")]
    [InlineData("تحسن الأداء في النصف الثاني من العام")]
    public void Fraction_noun_named_by_its_rank_is_no_fraction(string text) =>
        Assert.DoesNotContain(Extract(text), r => r.Kind == "fraction");

    [Fact]
    public void Counted_noun_after_min_and_a_known_indefinite_plural() =>
        Assert.Equal("عضو", One("سافر ثلاثة من أعضاء الوفد").Unit);

    [Fact]
    public void Feminine_plural_in_yat_has_a_singular_in_ya() => Assert.Equal("اتفاقية", One("وقعت ثلاث اتفاقيات").Unit);

    [Fact]
    public void A_clitic_and_article_word_is_no_counted_noun() => Assert.Null(One("جاء 20 للمهرجان").Unit);

    [Theory]
    [InlineData("بلغت المساعدات (13) مليار دولار", "13", 13e9, "USD")]
    [InlineData("بمبلغ لا يتجاوز (4000) ريال سعودي", "4000", 4000, "SAR")]
    public void Bracketed_amount_keeps_its_scale_and_currency(string text, string span, double value, string currency)
    {
        var r = One(text);
        Assert.Equal((span, value, "money", currency), (r.Text, r.Value, r.Kind, r.Currency));
    }

    [Theory]
    [InlineData("بما يعادل 15ر0 في المائة", "15ر0 في المائة", 0.15, "percent")]
    [InlineData("ليصل إلى 06ر17893 نقطة", "06ر17893", 17893.06, "cardinal")]
    [InlineData("باعت الشركة 5ر47 مليون هاتف", "5ر47 مليون", 47.5e6, "cardinal")]
    public void Decimals_written_first_and_joined_by_ra(string text, string span, double value, string kind)
    {
        var r = One(text);
        Assert.Equal((span, kind), (r.Text, r.Kind));
        Assert.Equal(value, r.Value, 6);
    }

    [Fact]
    public void Definite_compound_before_a_unit_counts_rather_than_ranks()
    {
        var r = One("خلال الأربع والعشرين ساعة الماضية");
        Assert.Equal((24.0, "quantity", "ساعة"), (r.Value, r.Kind, r.Unit));
    }

    [Fact]
    public void Accusative_tamyiz_follows_the_last_two_digits() => Assert.Equal("شخص", One("أن 142 شخصا وصلوا").Unit);

    [Fact]
    public void Definite_ten_before_a_percent_marker_is_a_percent()
    {
        var r = One("لتخفيف نسبة الثلاثين بالمئة");
        Assert.Equal(("الثلاثين بالمئة", 30.0, "percent"), (r.Text, r.Value, r.Kind));
    }

    [Theory]
    [InlineData("وصلت أمس الأول إلى المطار")]
    [InlineData("أقيم الحفل مساء أمس الأول")]
    public void Ams_al_awwal_is_a_date_not_an_ordinal(string text) => Assert.Empty(Extract(text));

    [Fact]
    public void Year_spans_are_not_linked_as_number_ranges() =>
        Assert.All(Extract("خلال الفترة 1905-1907"), r => Assert.Null(r.Range));

    [Theory]
    [InlineData("ارتفعت الأسعار بنسبة %15 خلال العام", "%15")]
    [InlineData("ارتفعت بنسبة ٪١٥ خلال العام", "٪١٥")]
    public void Percent_sign_typed_before_the_number(string text, string span)
    {
        var r = One(text);
        Assert.Equal((span, 15.0, "percent"), (r.Text, r.Value, r.Kind));
    }

    [Theory]
    [InlineData("كلفته ألفا دولار", 2000)]
    [InlineData("حضر مليونا شخص", 2e6)]
    [InlineData("وصل 35 ألفا من الزوار", 35000)]
    [InlineData("حضر ألفاً وخمسمائة شخص", 1500)]
    public void Scale_word_in_dual_construct_without_tanween(string text, double value) => Assert.Equal(value, One(text).Value);

    [Fact]
    public void Range_with_a_currency_symbol_on_both_ends()
    {
        var (a, b) = Range("السعر $10-$20");
        Assert.Equal((10.0, 20.0, "USD"), (a.Value, b.Value, a.Currency));
    }

    [Fact]
    public void Range_in_words_after_ma_bayn()
    {
        var (a, b) = Range("ما بين ثلاثة وخمسة أيام");
        Assert.Equal((3.0, 5.0, "يوم"), (a.Value, b.Value, a.Unit));
    }

    [Fact]
    public void Waw_before_ahad_ashar_is_a_clitic_of_the_teen()
    {
        var r = One("رأى وأحد عشر كوكباً");
        Assert.Equal(("أحد عشر", 11.0, "كوكب"), (r.Text, r.Value, r.Unit));
    }

    [Theory]
    [InlineData("الفصول الأحد عشر", "cardinal")]
    [InlineData("السنوات العشرين الماضية", "cardinal")]
    [InlineData("الدورة الأحد عشر", "ordinal")]
    [InlineData("الذكرى العشرون", "ordinal")]
    public void Definite_number_after_a_definite_plural_counts(string text, string kind) => Assert.Equal(kind, One(text).Kind);

    [Theory]
    [InlineData("في الأيام الـ 60 المقبلة")]
    [InlineData("في الأعوام الـ15 الماضية")]
    [InlineData("من الصباح وحتى الـ 12 ظهراً")]
    public void Definite_digits_after_a_definite_plural_or_before_a_part_of_day_do_not_rank(string text) =>
        Assert.Equal("cardinal", One(text).Kind);

    [Fact]
    public void Alternatives_with_aw_share_the_counted_noun()
    {
        var records = Extract("حضر ثلاثة أو أربعة أشخاص");
        Assert.Equal(["شخص", "شخص"], records.Select(r => r.Unit));
        Assert.All(records, r => Assert.Null(r.Range));
    }

    [Theory]
    [InlineData("استغرقت الرحلة خمساً وأربعين دقيقة", "خمساً وأربعين", 45)]
    [InlineData("انتظر سبعاً وعشرين سنة", "سبعاً وعشرين", 27)]
    public void Accusative_units_with_tanween(string text, string span, double value)
    {
        var r = One(text);
        Assert.Equal((span, value), (r.Text, r.Value));
    }
}
