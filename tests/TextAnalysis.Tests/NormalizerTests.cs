using TextAnalysis.Normalization;

namespace TextAnalysis.Tests;

public class NormalizerTests
{
    [Fact]
    public void Unchanged_text_is_returned_without_copy()
    {
        const string text = "ابن خلدون";
        var n = ArabicNormalizer.Light.Normalize(text);
        Assert.True(n.IsIdentity);
        Assert.Same(text, n.Text);
    }

    [Fact]
    public void Tatweel_inside_a_word_is_removed_and_span_maps_back()
    {
        const string text = "من الأحـزاب:";
        var n = ArabicNormalizer.Search.Normalize(text);
        Assert.Equal("من الاحزاب:", n.Text);
        int s = n.Text.IndexOf("الاحزاب", StringComparison.Ordinal);
        var (os, oe) = n.ToOriginal(s, s + "الاحزاب".Length);
        Assert.Equal("الأحـزاب", text[os..oe]);
    }

    [Fact]
    public void Tatweel_used_as_a_dash_becomes_a_hyphen()
    {
        var n = ArabicNormalizer.Light.Normalize("الروسية ـ اليابانية");
        Assert.Equal("الروسية - اليابانية", n.Text);
    }

    [Fact]
    public void Trailing_tanween_is_covered_by_the_word_span()
    {
        const string text = "35 ألفاً بين";
        var n = ArabicNormalizer.Search.Normalize(text);
        Assert.Equal("35 الفا بين", n.Text);
        var (os, oe) = n.ToOriginal(3, 7);
        Assert.Equal("ألفاً", text[os..oe]);
    }

    [Theory]
    [InlineData("٢٠٢٤/٣/٥", "2024/3/5")]
    [InlineData("۱۹۰۵", "1905")]
    [InlineData("٣٫٥", "3.5")]
    [InlineData("١٬٢٥٠", "1,250")]
    public void Eastern_digits_become_ascii(string input, string expected) =>
        Assert.Equal(expected, ArabicNormalizer.Light.Normalize(input).Text);

    [Theory]
    [InlineData("أحمد", "احمد")]
    [InlineData("إسلام", "اسلام")]
    [InlineData("مدرسة", "مدرسه")]
    [InlineData("مستشفى", "مستشفي")]
    [InlineData("مؤتمر", "موتمر")]
    [InlineData("رئيس", "رييس")]
    [InlineData("مُحَمَّد", "محمد")]
    [InlineData("PORT Arthur", "port arthur")]
    public void Search_profile_folds_letter_variants(string input, string expected) =>
        Assert.Equal(expected, ArabicNormalizer.Search.NormalizeToString(input));

    [Fact]
    public void Presentation_forms_and_lam_alef_ligature_become_base_letters()
    {
        // ﻻ (U+FEFB) is lam-alef; ﺑ (U+FE91) is initial beh.
        var n = ArabicNormalizer.Light.Normalize("\uFEFB \uFE91");
        Assert.Equal("لا ب", n.Text);
        Assert.Equal((0, 1), n.ToOriginal(0, 2));
    }

    [Fact]
    public void Invisible_controls_and_nbsp_are_cleaned()
    {
        var n = ArabicNormalizer.Light.Normalize("a\u200Fb\u00A0c\uFEFF");
        Assert.Equal("ab c", n.Text);
    }

    [Fact]
    public void Light_profile_keeps_diacritics_and_hamza()
    {
        Assert.Equal("أَحْمَد", ArabicNormalizer.Light.NormalizeToString("أَحْمَد"));
    }
}

public class NormalizationBufferTests
{
    [Theory]
    [InlineData("الأقســام ١٩٠٥")]
    [InlineData("ابن خلدون")]
    [InlineData("\uFEFB ـ هُزمت")]
    [InlineData("")]
    public void Buffer_agrees_with_normalized_text_across_reuse(string text)
    {
        var buffer = new NormalizationBuffer();
        buffer.Normalize(ArabicNormalizer.Search, "نص سابق أطول بكثير من النص التالي لكي يبقى في الذاكرة ما لا يخصه");
        buffer.Normalize(ArabicNormalizer.Search, text);
        var expected = ArabicNormalizer.Search.Normalize(text);
        Assert.Equal(expected.Text, buffer.Text.ToString());
        for (int i = 0; i < expected.Text.Length; i++)
            Assert.Equal(expected.ToOriginal(i, i + 1), buffer.ToOriginal(i, i + 1));
        Assert.Equal(expected.ToOriginal(0, expected.Text.Length), buffer.ToOriginal(0, buffer.Length));
    }
}
