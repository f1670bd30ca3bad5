using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using TextAnalysis.Normalization;
using TextAnalysis.Search.Analysis;

namespace TextAnalysis.Search.Tests;

public class ArabicSearchAnalyzerTests
{
    private static List<(string Term, int Start, int End)> Analyze(string text, bool stemming = true)
    {
        using var analyzer = new ArabicSearchAnalyzer(stemming);
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var result = new List<(string, int, int)>();
        stream.Reset();
        while (stream.IncrementToken()) result.Add((term.ToString(), offset.StartOffset, offset.EndOffset));
        stream.End();
        return result;
    }

    [Fact]
    public void Offsets_slice_back_to_the_original_words()
    {
        const string text = "وَصَلَتْ القـــوات إلى «بطرسبورج» عام ١٩٠٥، وقال لينين: PORT ARTHUR.";
        var tokens = Analyze(text, stemming: false);
        Assert.Equal(["وصلت", "القوات", "الي", "بطرسبورج", "عام", "1905", "وقال", "لينين", "port", "arthur"], tokens.Select(t => t.Term));
        foreach (var (term, start, end) in tokens)
            Assert.Equal(term, ArabicNormalizer.Search.NormalizeToString(text.AsSpan(start, end - start)));
        Assert.Equal("وَصَلَتْ", text[tokens[0].Start..tokens[0].End]);
        Assert.Equal("القـــوات", text[tokens[1].Start..tokens[1].End]);
    }

    [Fact]
    public void Stemmed_tokens_keep_the_offsets_of_the_whole_word()
    {
        const string text = "وللثورة والقوات";
        Assert.Equal([("ثوره", 0, 7), ("قوه", 8, 15)], Analyze(text));
    }

    [Fact]
    public void Tatweel_dash_yields_no_token()
    {
        var tokens = Analyze("الحرب الروسية ـ اليابانية ـــ نحو");
        Assert.DoesNotContain(tokens, t => t.Term.Length == 0 || t.Term.Contains('-') || t.Term.Contains('ـ'));
        Assert.Equal(4, tokens.Count);
    }

    [Fact]
    public void Punctuation_yields_no_token() => Assert.Empty(Analyze("، . ؛ ؟ ! « » ( ) -"));

    [Fact]
    public void Unstemmed_analyzer_keeps_clitics() =>
        Assert.Equal(["للثوره"], Analyze("للثورة", stemming: false).Select(t => t.Term));

    [Fact]
    public void Analyzer_can_be_reused_for_several_texts()
    {
        using var analyzer = new ArabicSearchAnalyzer();
        for (int i = 0; i < 3; i++)
        {
            using var stream = analyzer.GetTokenStream("text", i % 2 == 0 ? "الثورة الروسية" : "لينين");
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            var terms = new List<string>();
            while (stream.IncrementToken()) terms.Add(term.ToString());
            stream.End();
            Assert.Equal(i % 2 == 0 ? ["ثوره", "روسي"] : ["لينين"], terms);
        }
    }

    [Fact]
    public void Random_text_never_yields_empty_terms_or_bad_offsets()
    {
        var random = new Random(1917);
        const string alphabet = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةىؤئ ـًٌٍَُِّْ،.؛؟!٠١٢٣456abcXYZ\n\u200f-";
        using var analyzer = new ArabicSearchAnalyzer();
        for (int i = 0; i < 2000; i++)
        {
            var chars = new char[random.Next(0, 40)];
            for (int j = 0; j < chars.Length; j++) chars[j] = alphabet[random.Next(alphabet.Length)];
            var text = new string(chars);
            using var stream = analyzer.GetTokenStream("text", text);
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            int last = 0;
            while (stream.IncrementToken())
            {
                Assert.True(term.Length > 0, text);
                Assert.InRange(offset.StartOffset, last, text.Length);
                Assert.InRange(offset.EndOffset, offset.StartOffset + 1, text.Length);
                last = offset.EndOffset;
            }
            stream.End();
        }
    }
}

public class LamLamReadingTests
{
    private static List<(string Term, int Increment)> Analyze(string text)
    {
        using var analyzer = new ArabicSearchAnalyzer();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var position = stream.AddAttribute<IPositionIncrementAttribute>();
        var result = new List<(string, int)>();
        stream.Reset();
        while (stream.IncrementToken()) result.Add((term.ToString(), position.PositionIncrement));
        stream.End();
        return result;
    }

    [Fact]
    public void Lam_lam_before_a_word_that_begins_with_lam_also_yields_that_word()
    {
        var terms = Analyze("للينين قال");
        Assert.Contains(("لينين", 0), terms);
        Assert.Equal(3, terms.Count);
        Assert.Equal(("قال", 1), terms[^1]);
    }

    [Fact]
    public void The_second_reading_keeps_the_word_offsets_and_type()
    {
        const string text = "قال للينين";
        using var analyzer = new ArabicSearchAnalyzer();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        var tokens = new List<(string Term, int Start, int End, string Type)>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add((term.ToString(), offset.StartOffset, offset.EndOffset, type.Type));
        stream.End();
        Assert.Equal(3, tokens.Count);
        Assert.Equal((4, 10), (tokens[1].Start, tokens[1].End));
        Assert.Equal((tokens[1].Start, tokens[1].End, tokens[1].Type), (tokens[2].Start, tokens[2].End, tokens[2].Type));
        Assert.Equal("لينين", tokens[2].Term);
    }

    [Fact]
    public void Lam_lam_as_preposition_and_article_yields_one_term() =>
        Assert.Equal([("ثوره", 1)], Analyze("وللثورة"));
}
