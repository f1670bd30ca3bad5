using TextAnalysis.Normalization;
using TextAnalysis.Stemming;

namespace TextAnalysis.Tests.Stemming;

public class LightStemmerTests
{
    private static string S(string word) => LightStemmer.Stem(ArabicNormalizer.Search.NormalizeToString(word));

    [Theory]
    [InlineData("لينين")]
    [InlineData("لينينجراد")]
    [InlineData("كتاب")]
    [InlineData("روسيا")]
    [InlineData("يابان")]
    [InlineData("ثورة")]
    [InlineData("وزير")]
    [InlineData("فرنسا")]
    [InlineData("بريطانيا")]
    [InlineData("ليبيا")]
    [InlineData("الله")]
    public void Words_that_only_look_affixed_are_not_chopped(string word) =>
        Assert.Equal(ArabicNormalizer.Search.NormalizeToString(word), S(word));

    [Theory]
    [InlineData("لثورة", "ثوره")]
    [InlineData("للثورة", "ثوره")]
    [InlineData("القوات", "قوه")]
    [InlineData("إعلان", "اعلان")]
    [InlineData("فأغرقوا", "اغرق")]
    [InlineData("روسياً", "روسيا")]
    [InlineData("والقوات", "قوه")]
    [InlineData("وبالثورة", "ثوره")]
    [InlineData("فللثورة", "ثوره")]
    [InlineData("المهندسين", "مهندس")]
    [InlineData("خسائرها", "خساير")]
    public void Known_forms_stem_as_expected(string word, string stem) => Assert.Equal(stem, S(word));

    [Theory]
    [InlineData("القوات", "قوات", "والقوات", "لقوات", "قواتها", "القوة")]
    [InlineData("الثورة", "للثورة", "ثورة", "لثورة", "بالثورة", "والثورة", "الثورات", "ثورتها")]
    [InlineData("الحكومة", "حكومة", "للحكومة", "الحكومات", "حكومتهم")]
    [InlineData("إعلان", "الإعلان", "اعلان", "بإعلان", "وإعلان")]
    [InlineData("اليابان", "يابان", "اليابانية", "الياباني", "اليابانيون", "اليابانيين")]
    [InlineData("الفلاحين", "للفلاحين", "والفلاحين", "الفلاحون")]
    [InlineData("استسلموا", "استسلم", "فاستسلموا")]
    [InlineData("البحرية", "بحرية", "والبحرية")]
    [InlineData("الوزراء", "وزراء", "والوزراء")]
    [InlineData("الروسية", "روسية", "روسي", "الروسي", "الروسيين")]
    public void Forms_of_one_word_meet(params string[] forms)
    {
        string first = S(forms[0]);
        foreach (var form in forms) Assert.True(first == S(form), $"{form} → {S(form)}, expected {first}");
    }

    [Theory]
    [InlineData("لينين", "لينينجراد")]
    [InlineData("لينين", "لين")]
    [InlineData("كتاب", "تاب")]
    [InlineData("البحرية", "الحرية")]
    [InlineData("الثورة", "الثور")]
    [InlineData("الثورة", "الثوري")]
    [InlineData("إعلان", "أعلى")]
    [InlineData("ليلة", "يلة")]
    [InlineData("وزير", "زير")]
    [InlineData("البطاقة", "الطاقة")]
    [InlineData("القوات", "قو")]
    public void Different_words_stay_apart(string a, string b) => Assert.NotEqual(S(a), S(b));

    [Theory]
    [InlineData("والقوات")]
    [InlineData("لينين")]
    [InlineData("الثورات")]
    [InlineData("حكومتها")]
    [InlineData("كتاب")]
    public void Span_and_string_overloads_agree(string word)
    {
        string n = ArabicNormalizer.Search.NormalizeToString(word);
        var buffer = n.ToCharArray();
        int len = LightStemmer.Stem(buffer.AsSpan());
        Assert.Equal(LightStemmer.Stem(n.AsSpan()), new string(buffer, 0, len));
        var lucene = n.ToCharArray();
        Assert.Equal(len, LightStemmer.Stem(lucene, lucene.Length));
    }

    [Theory]
    [InlineData("وبالقوات", "قوه")]
    [InlineData("للثورة", "ثوره")]
    [InlineData("وزير", "وزير")]
    [InlineData("لينين", "لينين")]
    public void In_place_stem_leaves_the_word_where_it_lies_and_touches_nothing_around_it(string word, string stem)
    {
        // The word sits inside a larger buffer, as in a normalized text: the stem is a slice of it.
        string n = ArabicNormalizer.Search.NormalizeToString(word);
        var text = ("[" + n + "]").ToCharArray();
        int length = LightStemmer.Stem(text.AsSpan(1, n.Length), out int start);
        Assert.Equal(stem, new string(text, 1 + start, length));
        Assert.Equal('[', text[0]);
        Assert.Equal(']', text[^1]);
    }

    [Fact]
    public void Stem_never_shorter_than_two_letters_and_never_longer_than_the_word()
    {
        var random = new Random(1905);
        const string letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهويء";
        for (int i = 0; i < 20000; i++)
        {
            var word = new char[random.Next(1, 12)];
            for (int j = 0; j < word.Length; j++) word[j] = letters[random.Next(letters.Length)];
            var stem = LightStemmer.Stem((ReadOnlySpan<char>)word);
            Assert.True(stem.Length <= word.Length);
            Assert.True(stem.Length >= Math.Min(word.Length, 2), new string(word) + " → " + stem);
        }
    }

    [Fact]
    public void Unchanged_word_is_returned_as_is()
    {
        Assert.Equal("كتاب", LightStemmer.Stem("كتاب".AsSpan()));
        Assert.Equal("", LightStemmer.Stem(ReadOnlySpan<char>.Empty));
    }
}
