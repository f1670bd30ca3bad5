using TextAnalysis.Extraction.Numbers;
using TextAnalysis.Records;

namespace TextAnalysis.Tests.Numbers;

public class NumberExtractorRandomTests
{
    private static readonly string[] Pieces =
    [
        "خمسة", "وعشرون", "و", "ألف", "آلاف", "مليون", "ونصف", "المليون", "الحادي", "عشر", "عشرة", "الثالث", "أول", "ثلثي", "خُمس",
        "في", "المائة", "بالمئة", "%", "٪", "دولار", "ريال", "سعودي", "كم", "مربع", "ساعات", "1,250", "٣٫٥", "١٬٢٥٠", "-", ".", "/",
        "12", "٠", "ج", "م", "$", "(", ")", "\n", " ", "فاصلة", "متين", "وأحد", "ربيع", "الأول", "ـ", "\u064B", "اثنا", "ثلاث", "مئة",
        "ناقص", "ر", "سنت", "c", "الـ", "بين", "إلى", "من", "«", "»", "فيلم", "ثانية", "ألفا", "قرش", "99999999999999999999999999999999",
        "ملايين", "تريليون", "%", "st", "أمس", "الحرفيين", "قتيل", "وجريح", "نقطة", "أساس",
    ];

    [Fact]
    public void Random_input_never_throws_and_spans_slice_back()
    {
        var random = new Random(1905);
        for (int n = 0; n < 3000; n++)
        {
            int count = random.Next(1, 12);
            var parts = new string[count];
            for (int k = 0; k < count; k++) parts[k] = Pieces[random.Next(Pieces.Length)];
            string text = string.Join(random.Next(3) == 0 ? "" : " ", parts);
            var records = NumberExtractor.Default.Extract(new AnalyzedText(text));
            int previousEnd = 0;
            foreach (var r in records)
            {
                Assert.InRange(r.Start, 0, text.Length);
                Assert.InRange(r.End, r.Start + 1, text.Length);
                Assert.Equal(text[r.Start..r.End], r.Text);
                Assert.True(r.Start >= previousEnd, $"overlap or disorder in «{text}»");
                Assert.False(double.IsNaN(r.Value) || double.IsInfinity(r.Value), $"bad value in «{text}»");
                Assert.True(Math.Abs(r.Value) <= NumberExtractor.MaxValue, $"unclamped value in «{text}»");
                Assert.True(r.Range is null or "start" or "end");
                previousEnd = r.End;
            }
            for (int k = 0; k < records.Count; k++)
            {
                if (records[k].Range == "start") Assert.Equal("end", records[k + 1].Range);
                if (records[k].Range == "end") Assert.Equal("start", records[k - 1].Range);
            }
            _ = RecordJson.Serialize(new DocumentRecord { Id = "r", Source = "r", Numbers = records }); // never throws on a value
        }
    }
}
