using TextAnalysis.Input;

namespace TextAnalysis.Tests.Input;

public class BoilerplateTests
{
    private const string Page =
        "إرشادات مقترحات البحث معلومات خط الزمن الفهارس الخرائط الصور الوثائق الأقسام\n\n" +
        "Home Page / الأقســام / موضوعات وأحداث تاريخية / الثورة البلشيفية\n\n" +
        "أسباب الثورة\n\n" +
        "في 27 يناير عام 1904 هاجم الأسطول الياباني مرفأ بورت آرثر دون إعلان الحرب، ودمر أسطولاً روسياً ضخماً في معركة استمرت 45 دقيقة.\n\n" +
        "الرئيسية اتصل بنا";

    private static List<string> Lines(string text) => Boilerplate.Find(text).Select(p => text[p.Start..p.End]).ToList();

    [Fact]
    public void Navigation_menu_at_the_top_is_boilerplate() =>
        Assert.Contains(Lines(Page), l => l.StartsWith("إرشادات", StringComparison.Ordinal));

    [Fact]
    public void Breadcrumb_is_boilerplate() =>
        Assert.Contains(Lines(Page), l => l.StartsWith("Home Page", StringComparison.Ordinal));

    [Fact]
    public void Footer_links_are_boilerplate() =>
        Assert.Contains("الرئيسية اتصل بنا", Lines(Page));

    [Fact]
    public void Headings_and_prose_are_content()
    {
        var lines = Lines(Page);
        Assert.DoesNotContain("أسباب الثورة", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("في 27", StringComparison.Ordinal));
    }

    [Fact]
    public void Text_without_prose_keeps_short_lines() =>
        Assert.Empty(Lines("عنوان قصير\nسطر آخر"));
}
