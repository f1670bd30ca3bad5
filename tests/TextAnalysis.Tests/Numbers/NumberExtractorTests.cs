using TextAnalysis.Extraction.Numbers;
using TextAnalysis.Records;

namespace TextAnalysis.Tests.Numbers;

public class NumberExtractorTests
{
    private static IReadOnlyList<NumberRecord> Extract(string text)
    {
        var records = NumberExtractor.Default.Extract(new AnalyzedText(text));
        foreach (var r in records) Assert.Equal(text[r.Start..r.End], r.Text);
        return records;
    }

    private static NumberRecord One(string text)
    {
        var records = Extract(text);
        Assert.True(records.Count == 1, $"expected one number in «{text}», got: {string.Join(" | ", records.Select(r => r.Text))}");
        return records[0];
    }

    private static void AssertOne(string text, string span, double value, string kind)
    {
        var r = One(text);
        Assert.Equal(span, r.Text);
        Assert.Equal(value, r.Value, 9);
        Assert.Equal(kind, r.Kind);
    }

    [Theory]
    [InlineData("بلغ عدد السكان 1,250,000 نسمة", "1,250,000", 1250000)]
    [InlineData("وصل الإنتاج إلى ١٬٢٥٠ وحدة", "١٬٢٥٠", 1250)]
    [InlineData("ارتفع المؤشر 3.5 نقطة", "3.5", 3.5)]
    [InlineData("ارتفع المؤشر ٣٫٥ نقطة", "٣٫٥", 3.5)]
    public void Digits_with_separators_in_any_script(string text, string span, double value) =>
        AssertOne(text, span, value, "cardinal");

    [Fact]
    public void Maghrebi_decimal_comma() => AssertOne("ارتفع المستوى 1,5 نقطة", "1,5", 1.5, "cardinal");

    [Fact]
    public void Negative_sign_is_part_of_the_span() => AssertOne("سجل الميزان -1200 نقطة", "-1200", -1200, "cardinal");

    [Theory]
    [InlineData("بين 10 و20 دولاراً", "money")]
    [InlineData("من 1500 - 2500 جنيه", "money")]
    [InlineData("من 5 إلى 6 ساعات", "quantity")]
    [InlineData("بين 10 إلى 15%", "percent")]
    public void First_end_of_a_range_shares_the_kind_of_the_second(string text, string kind)
    {
        var records = Extract(text);
        Assert.Equal(2, records.Count);
        Assert.All(records, r => Assert.Equal(kind, r.Kind));
        Assert.Equal(records[1].Currency, records[0].Currency);
        Assert.Equal(records[1].Unit, records[0].Unit);
    }

    [Fact]
    public void Range_dash_is_not_a_sign()
    {
        var records = Extract("بين 10-20 شخصاً");
        Assert.Equal([10.0, 20.0], records.Select(r => r.Value));
    }

    [Theory]
    [InlineData("سقط 35 ألفاً بين قتيل وجريح", "35 ألفاً", 35000)]
    [InlineData("يعمل فيه 270 ألف شخص", "270 ألف", 270000)]
    [InlineData("يسكنها ٣ ملايين شخص", "٣ ملايين", 3000000)]
    [InlineData("ميزانية قدرها 2.3 مليار", "2.3 مليار", 2300000000)]
    public void Digits_with_scale_words(string text, string span, double value) => AssertOne(text, span, value, "cardinal");

    [Theory]
    [InlineData("حضر خمسة وعشرون موظفاً", "خمسة وعشرون", 25)]
    [InlineData("حضر خمسة و عشرون موظفاً", "خمسة و عشرون", 25)]
    [InlineData("أضرب ثلاثون ألف عامل", "ثلاثون ألف", 30000)]
    [InlineData("خرج مائة ألف شخص", "مائة ألف", 100000)]
    [InlineData("تضم المكتبة ألفين وخمسمائة عنوان", "ألفين وخمسمائة", 2500)]
    [InlineData("وزعت مليون ونصف المليون عبوة", "مليون ونصف المليون", 1500000)]
    [InlineData("يسكنها ثلاثة ملايين ونصف المليون نسمة", "ثلاثة ملايين ونصف المليون", 3500000)]
    [InlineData("استقبل ثلاثمائة قارئ", "ثلاثمائة", 300)]
    [InlineData("استقبل ثلاث مئة قارئ", "ثلاث مئة", 300)]
    [InlineData("شارك أحد عشر لاعباً", "أحد عشر", 11)]
    [InlineData("شارك اثنا عشر لاعباً", "اثنا عشر", 12)]
    [InlineData("وصل ثمانية عشر شخصاً", "ثمانية عشر", 18)]
    [InlineData("أنفق خمسمائة وخمسة وعشرين", "خمسمائة وخمسة وعشرين", 525)]
    public void Cardinal_words(string text, string span, double value) => AssertOne(text, span, value, "cardinal");

    [Theory]
    [InlineData("يعمل فيها ألفان من الحرفيين", "ألفان", 2000)]
    [InlineData("وفرت ألفي فرصة عمل", "ألفي", 2000)]
    [InlineData("استوردت مليوني جرعة", "مليوني", 2000000)]
    [InlineData("تبلغ مئتي صفحة", "مئتي", 200)]
    public void Dual_scale_words(string text, string span, double value) => AssertOne(text, span, value, "cardinal");

    [Fact]
    public void Fraction_of_a_scale_word_is_an_amount() => AssertOne("وصل إلى قرابة نصف مليون جندي", "نصف مليون", 500000, "cardinal");

    [Fact]
    public void Definite_article_on_a_cardinal() => AssertOne("عاد الخمسة آلاف إلى العمل", "الخمسة آلاف", 5000, "cardinal");

    [Fact]
    public void Clitic_conjunction_is_outside_the_span() => AssertOne("وصل و٤٨٠ ألف زائر", "٤٨٠ ألف", 480000, "cardinal");

    [Fact]
    public void Clitic_preposition_is_outside_the_span() => AssertOne("مر بثلاثة أشخاص", "ثلاثة", 3, "cardinal");

    [Theory]
    [InlineData("اتنين", 2)]
    [InlineData("تلاتة و تلاتين", 33)]
    [InlineData("متين واحد وعشرين", 221)]
    [InlineData("تلتمية وخمسين", 350)]
    [InlineData("ستاشر", 16)]
    public void Egyptian_colloquial_numbers(string text, double value) => AssertOne(text, text, value, "cardinal");

    [Theory]
    [InlineData("كان الأول في صفه", "الأول", 1)]
    [InlineData("هي أول امرأة", "أول", 1)]
    [InlineData("قال أولاً إن", "أولاً", 1)]
    [InlineData("في الدورة الحادي عشر", "الحادي عشر", 11)]
    [InlineData("في الذكرى الخامسة والعشرين", "الخامسة والعشرين", 25)]
    [InlineData("في الذكرى التسعين", "التسعين", 90)]
    [InlineData("في الجولة الثالثة", "الثالثة", 3)]
    [InlineData("ثم فلأول مرة", "أول", 1)]
    public void Ordinals(string text, string span, double value) => AssertOne(text, span, value, "ordinal");

    [Fact]
    public void Regnal_number_is_an_ordinal() => AssertOne("حكم نيقولا الثاني روسيا", "الثاني", 2, "ordinal");

    [Theory]
    [InlineData("في ربيع الأول")]
    [InlineData("في جمادى الأولى")]
    [InlineData("في كانون الثاني")]
    [InlineData("في تشرين الأول")]
    public void Month_names_are_not_ordinals(string text) => Assert.Empty(Extract(text));

    [Theory]
    [InlineData("يشكلون ثلثي العدد", "ثلثي", 2.0 / 3)]
    [InlineData("يشكلون ثلث العدد", "ثلث", 1.0 / 3)]
    [InlineData("حصل على النصف", "النصف", 0.5)]
    [InlineData("خسر ربع قيمته", "ربع", 0.25)]
    [InlineData("شملت خُمس الأقضية", "خُمس", 0.2)]
    [InlineData("شملت خمس الأقضية", "خمس", 0.2)]
    [InlineData("أنجز ثلاثة أرباع المشروع", "ثلاثة أرباع", 0.75)]
    public void Fractions(string text, string span, double value) => AssertOne(text, span, value, "fraction");

    [Fact]
    public void Ambiguous_fifth_before_an_indefinite_plural_is_five() => AssertOne("بعد خمس سنوات من العمل", "خمس", 5, "quantity");

    [Theory]
    [InlineData("نسبة 15% من السكان", "15%", 15)]
    [InlineData("نسبة ١٥٪ من السكان", "١٥٪", 15)]
    [InlineData("نسبة 38 في المائة من السكان", "38 في المائة", 38)]
    [InlineData("نسبة 31 بالمئة من السكان", "31 بالمئة", 31)]
    [InlineData("نسبة 54 بالمائة من السكان", "54 بالمائة", 54)]
    [InlineData("نسبة خمسة وتسعين في المائة من السكان", "خمسة وتسعين في المائة", 95)]
    [InlineData("نسبة 27.25% من السكان", "27.25%", 27.25)]
    public void Percent_marker_is_part_of_the_span(string text, string span, double value) => AssertOne(text, span, value, "percent");

    [Theory]
    [InlineData("بلغ 500 دولار", "500", 500, "USD")]
    [InlineData("بلغ 820 مليون دولار", "820 مليون", 820000000, "USD")]
    [InlineData("بلغ 10 دولارات", "10", 10, "USD")]
    [InlineData("بلغ 42 ريال قطري", "42", 42, "QAR")]
    [InlineData("بلغ 42 ريالات قطرية", "42", 42, "QAR")]
    [InlineData("بلغ 48.3 جنيه مصري", "48.3", 48.3, "EGP")]
    [InlineData("بلغ 350 مليون يورو", "350 مليون", 350000000, "EUR")]
    [InlineData("بلغ $20", "20", 20, "USD")]
    [InlineData("بلغ 20€", "20", 20, "EUR")]
    [InlineData("بلغ 42 KWD", "42", 42, "KWD")]
    [InlineData("بلغ 600 ألف إسترليني", "600 ألف", 600000, "GBP")]
    [InlineData("بلغ 42 ج.م", "42", 42, "EGP")]
    [InlineData("بلغ ٤٫٢ مليار درهم إماراتي", "٤٫٢ مليار", 4200000000, "AED")]
    public void Money_excludes_the_currency_from_the_span(string text, string span, double value, string currency)
    {
        var r = One(text);
        Assert.Equal((span, value, "money", currency), (r.Text, r.Value, r.Kind, r.Currency));
    }

    [Fact]
    public void Bare_currency_word_takes_the_country_named_in_the_document()
    {
        var records = Extract("قالت وزارة المالية في الجزائر إن العجز بلغ 12 مليار دينار.");
        var r = Assert.Single(records);
        Assert.Equal(("12 مليار", "DZD"), (r.Text, r.Currency));
    }

    [Theory]
    [InlineData("استمر 45 دقيقة", "45", 45, "دقيقة")]
    [InlineData("استمر سبعة أشهر", "سبعة", 7, "شهر")]
    [InlineData("يعمل ثمان ساعات", "ثمان", 8, "ساعة")]
    [InlineData("استمر عشرة أيام", "عشرة", 10, "يوم")]
    [InlineData("استمر يوم واحد", "واحد", 1, "يوم")]
    [InlineData("بلغت الحرارة 48 درجة", "48", 48, "درجة")]
    [InlineData("على مسافة 45 كيلومتراً", "45", 45, "كيلومتر")]
    [InlineData("على مساحة ٢٨ كيلومتراً مربعاً", "٢٨", 28, "كيلومتر مربع")]
    [InlineData("بقدرة ١٬٢٥٠ ميغاواط", "١٬٢٥٠", 1250, "ميغاواط")]
    [InlineData("تنتج ٣٫٥ غيغاواط ساعة", "٣٫٥", 3.5, "غيغاواط ساعة")]
    [InlineData("تنتج 1.2 مليون طن", "1.2 مليون", 1200000, "طن")]
    [InlineData("استغرق 30 ثانية", "30", 30, "ثانية")]
    public void Quantities_carry_the_singular_unit(string text, string span, double value, string unit)
    {
        var r = One(text);
        Assert.Equal((span, value, "quantity", unit), (r.Text, r.Value, r.Kind, r.Unit));
    }

    [Fact]
    public void Definite_ten_before_a_unit_is_a_count_not_a_rank() =>
        AssertOne("استمر في الثلاثين عاماً الأخيرة", "الثلاثين", 30, "quantity");

    [Fact]
    public void Standard_hundred_with_yeh_hamza_is_not_taken_for_colloquial() => AssertOne("تطوع مئة شخص", "مئة", 100, "cardinal");

    [Fact]
    public void Counted_noun_goes_in_unit()
    {
        var r = One("أضرب 150 ألف عامل");
        Assert.Equal(("150 ألف", 150000.0, "cardinal", "عامل"), (r.Text, r.Value, r.Kind, r.Unit));
    }

    [Theory]
    [InlineData("وكان أحد رجاله")]
    [InlineData("نزلوا في إحدى الفنادق")]
    [InlineData("بعد بضعة أيام")]
    [InlineData("قتل الملايين")]
    [InlineData("خرج المئات")]
    [InlineData("وقع عدة آلاف")]
    [InlineData("تشكل حزبان")]
    [InlineData("عقد اجتماعه يوم الاثنين")]
    [InlineData("لست أدري")]
    [InlineData("وأحد أهم النتائج")]
    [InlineData("يملك اقتصاداً متين الأسس")]
    [InlineData("زيادة وكمية الطعام")]
    [InlineData("وقع مساء أول من أمس")]
    [InlineData("بنسبة – في المائة")]
    [InlineData("عند الساعة 7:15")]
    [InlineData("في 15/3/2024")]
    public void Not_numbers(string text) => Assert.Empty(Extract(text));

    [Fact]
    public void Approximators_and_parentheses_are_outside_the_span()
    {
        var records = Extract("حضر نحو 30 بحاراً وأكثر من 12 سفينة وعددهم (151) عضواً");
        Assert.Equal(["30", "12", "151"], records.Select(r => r.Text));
    }

    [Fact]
    public void List_enumerators_at_line_start_are_not_numbers()
    {
        var records = Extract("1.     لم يصل التحالف\n2.     انعكست مشاعر 3 فلاحين");
        var r = Assert.Single(records);
        Assert.Equal("3", r.Text);
    }

    [Fact]
    public void Numbers_come_in_document_order()
    {
        var records = Extract("خرج 10 آلاف ثم 20 ألفاً ثم الثالث");
        Assert.Equal(["10 آلاف", "20 ألفاً", "الثالث"], records.Select(r => r.Text));
        Assert.True(records[0].Start < records[1].Start && records[1].Start < records[2].Start);
    }

    [Theory]
    [InlineData("١١/١٠", 1.1)]
    [InlineData(".77", 0.77)]
    [InlineData("1 فاصلة 1", 1.1)]
    [InlineData("واحد فاصلة واحد", 1.1)]
    public void Other_decimal_notations(string text, double value)
    {
        var r = One(text);
        Assert.Equal(text, r.Text);
        Assert.Equal(value, r.Value, 9);
    }

    [Fact]
    public void Diacritics_inside_a_span_are_kept() => AssertOne("حضر ثلاثُونَ ألفَ عامل", "ثلاثُونَ ألفَ", 30000, "cardinal");
}
