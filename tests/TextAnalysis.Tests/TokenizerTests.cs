using TextAnalysis.Tokenization;

namespace TextAnalysis.Tests;

public class TokenizerTests
{
    private static List<(TokenKind Kind, string Text)> Tokens(string text)
    {
        var a = new AnalyzedText(text);
        return a.Tokens.Select(t => (t.Kind, text[t.Start..t.End])).ToList();
    }

    [Fact]
    public void Arabic_latin_numbers_and_punctuation_are_separate_tokens()
    {
        var tokens = Tokens("موكدن MUKDEN، 1905م.");
        Assert.Equal(
            [(TokenKind.Arabic, "موكدن"), (TokenKind.Latin, "MUKDEN"), (TokenKind.Punctuation, "،"),
             (TokenKind.Number, "1905"), (TokenKind.Arabic, "م"), (TokenKind.Punctuation, ".")],
            tokens);
    }

    [Theory]
    [InlineData("1,250,000")]
    [InlineData("١٬٢٥٠")]
    [InlineData("3.5")]
    [InlineData("٣٫٥")]
    public void Numbers_keep_their_separators(string number) =>
        Assert.Equal([(TokenKind.Number, number)], Tokens(number));

    [Fact]
    public void Tatweel_dash_is_punctuation_not_an_empty_token()
    {
        var tokens = Tokens("الروسية ـ اليابانية");
        Assert.Equal([(TokenKind.Arabic, "الروسية"), (TokenKind.Punctuation, "ـ"), (TokenKind.Arabic, "اليابانية")], tokens);
    }

    [Fact]
    public void Word_with_diacritics_and_tatweel_keeps_its_whole_original_span()
    {
        var tokens = Tokens("هُزمت الأقســام");
        Assert.Equal([(TokenKind.Arabic, "هُزمت"), (TokenKind.Arabic, "الأقســام")], tokens);
    }

    [Fact]
    public void Token_cursor_agrees_with_list_api()
    {
        const string text = "في 27 يناير عام 1904 هاجم الأسطول";
        var cursor = new TokenCursor(text);
        int n = 0;
        while (cursor.MoveNext()) n++;
        Assert.Equal(new AnalyzedText(text).Tokens.Count, n);
    }
}

public class SentenceSplitterTests
{
    [Fact]
    public void Splits_at_arabic_question_mark_and_period()
    {
        var a = new AnalyzedText("هل بدأت الثورة؟ نعم. بدأت عام 1905.");
        Assert.Equal(3, a.Sentences.Count);
    }

    [Fact]
    public void List_enumerator_does_not_end_a_sentence()
    {
        var a = new AnalyzedText("المطالب:\n1. الأرض للفلاحين\n2. حرية التعبير");
        Assert.Equal(3, a.Sentences.Count);
        Assert.StartsWith("1.", a.Original[a.Sentences[1].Start..a.Sentences[1].End]);
    }

    [Fact]
    public void One_letter_abbreviation_does_not_end_a_sentence()
    {
        var a = new AnalyzedText("قال د. أحمد إن الثورة بدأت. ثم انتهت.");
        Assert.Equal(2, a.Sentences.Count);
    }

    [Fact]
    public void Era_marker_after_a_year_ends_a_sentence()
    {
        var a = new AnalyzedText("بدأت الحرب عام 2015م. ثم انتهت سنة 1445هـ. وبعدها سلام.");
        Assert.Equal(3, a.Sentences.Count);
    }

    [Fact]
    public void Ellipsis_and_repeated_marks_stay_in_one_sentence()
    {
        var a = new AnalyzedText("هل انتهت؟! لا... لم تنته.");
        Assert.Equal(["هل انتهت؟!", "لا...", "لم تنته."], a.Sentences.Select(s => a.Original[s.Start..s.End]));
    }

    [Fact]
    public void Closing_quote_stays_with_its_sentence()
    {
        var a = new AnalyzedText("قال: «انتهى كل شيء.» ثم رحل.");
        Assert.Equal(["قال: «انتهى كل شيء.»", "ثم رحل."], a.Sentences.Select(s => a.Original[s.Start..s.End]));
    }

    [Fact]
    public void Ligature_that_expands_to_several_words_does_not_break_the_splitter()
    {
        var a = new AnalyzedText("قال النبي ﷺ في الحديث.\nسطر آخر");
        Assert.Equal(2, a.Sentences.Count);
        Assert.Equal("قال النبي ﷺ في الحديث.", a.Original[a.Sentences[0].Start..a.Sentences[0].End]);
    }

    [Fact]
    public void Line_break_ends_a_sentence()
    {
        var a = new AnalyzedText("أسباب الثورة\nفي 27 يناير");
        Assert.Equal(2, a.Sentences.Count);
    }
}

public class CliticTests
{
    [Theory]
    [InlineData("والقوات", 1, 0, 2)]
    [InlineData("بالقرب", 0, 1, 2)]
    [InlineData("للثوره", 0, 1, 1)]
    [InlineData("وبالقوات", 1, 1, 2)]
    [InlineData("لينين", 0, 0, 0)]
    [InlineData("بلد", 0, 0, 0)]
    [InlineData("كتاب", 0, 0, 0)]
    public void Proclitics_split_only_where_safe(string word, int conj, int prep, int article) =>
        Assert.Equal(new ProcliticSplit(conj, prep, article), Clitics.Split(word));
}

public class CliticSegmenterTests
{
    private static string Show(string word, Func<string, bool>? known = null)
    {
        var w = TextAnalysis.Normalization.ArabicNormalizer.Search.NormalizeToString(word);
        var s = CliticSegmenter.Segment(w, known);
        string pre = w[..s.BaseStart], post = w[(s.BaseStart + s.BaseLength)..];
        return (pre.Length > 0 ? pre + "+" : "") + s.Base(w).ToString() + (post.Length > 0 ? "+" + post : "");
    }

    [Theory]
    [InlineData("وبالقوات", "وبال+قوات")]
    [InlineData("فللثورة", "فلل+ثوره")]
    [InlineData("وسيعود", "وس+يعود")]
    [InlineData("فستكون", "فس+تكون")]
    [InlineData("كتابهم", "كتاب+هم")]
    [InlineData("قواتها", "قوات+ها")]
    [InlineData("بلادنا", "بلاد+نا")]
    [InlineData("بيتهما", "بيت+هما")]
    public void Clitics_are_cut_where_clear(string word, string expected) => Assert.Equal(expected, Show(word));

    [Theory]
    [InlineData("لينين")]
    [InlineData("بلد")]
    [InlineData("كتاب")]
    [InlineData("سياسة")]
    [InlineData("وسيلة")]
    [InlineData("روسي")]
    [InlineData("كتابه")]
    public void Names_and_look_alikes_stay_whole(string word) => Assert.Equal(ArabicNormalizerSearch(word), Show(word));

    [Fact]
    public void One_letter_pronoun_is_cut_when_the_base_is_known() =>
        Assert.Equal("كتاب+ه", Show("كتابه", w => w == "كتاب"));

    private static string ArabicNormalizerSearch(string w) => TextAnalysis.Normalization.ArabicNormalizer.Search.NormalizeToString(w);
}
