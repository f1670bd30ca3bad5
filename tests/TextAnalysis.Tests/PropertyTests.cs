using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TextAnalysis.Normalization;

namespace TextAnalysis.Tests;

/// <summary>FsCheck properties over arbitrary Unicode strings (any UTF-16, including lone surrogates).</summary>
public class PropertyTests
{
    [Property(MaxTest = 500)]
    public void Search_normalization_is_idempotent(string? s)
    {
        s ??= "";
        string once = ArabicNormalizer.Search.Normalize(s).Text;
        Assert.Equal(once, ArabicNormalizer.Search.Normalize(once).Text);
    }

    [Property(MaxTest = 500)]
    public void Light_normalization_is_idempotent(string? s)
    {
        s ??= "";
        string once = ArabicNormalizer.Light.Normalize(s).Text;
        Assert.Equal(once, ArabicNormalizer.Light.Normalize(once).Text);
    }

    [Property(MaxTest = 500)]
    public void Every_normalized_span_maps_inside_the_original(string? s, int a, int b)
    {
        s ??= "";
        var n = ArabicNormalizer.Search.Normalize(s);
        int len = n.Text.Length;
        int start = len == 0 ? 0 : Math.Abs(a % (len + 1));
        int end = start + (len - start == 0 ? 0 : Math.Abs(b % (len - start + 1)));
        var (os, oe) = n.ToOriginal(start, end);
        Assert.InRange(os, 0, s.Length);
        Assert.InRange(oe, os, s.Length);
    }

    [Property(MaxTest = 300)]
    public void Span_and_string_overloads_agree(string? s)
    {
        s ??= "";
        Assert.Equal(ArabicNormalizer.Search.Normalize(s).Text, ArabicNormalizer.Search.NormalizeToString(s));
        var buffer = new char[s.Length * 20 + 16];
        Assert.True(ArabicNormalizer.Search.TryNormalize(s, buffer, out int written));
        Assert.Equal(ArabicNormalizer.Search.NormalizeToString(s), new string(buffer, 0, written));
    }

    [Property(MaxTest = 300)]
    public void Tokens_are_in_bounds_in_order_and_non_empty(string? s)
    {
        s ??= "";
        var text = new AnalyzedText(s);
        int previousStart = 0, previousEnd = 0;
        foreach (var t in text.Tokens)
        {
            Assert.True(t.Start >= previousStart && t.End >= previousEnd, "out of order");
            Assert.True(t.End > t.Start && t.End <= s.Length, "out of bounds");
            (previousStart, previousEnd) = (t.Start, t.End);
        }
    }

    [Property(MaxTest = 200)]
    public void Analysis_is_deterministic_and_spans_slice_back(string? s)
    {
        s ??= "";
        var first = Records.RecordJson.Serialize(TextAnalyzer.Default.Analyze(s, "p"));
        var second = TextAnalyzer.Default.Analyze(s, "p");
        Assert.Equal(first, Records.RecordJson.Serialize(second));
        foreach (var span in second.Dates!.Cast<Records.ISpanRecord>().Concat(second.Numbers!).Concat(second.Entities!))
            Assert.Equal(span.Text, s[span.Start..span.End]);
    }
}

/// <summary>The same properties over strings drawn from Arabic-heavy text: letters, marks, tatweel, digits in three
/// scripts, presentation forms, controls and punctuation.</summary>
public class ArabicPropertyTests
{
    private static readonly char[] Alphabet =
        [.. Enumerable.Range(0x0600, 0x100).Select(i => (char)i), .. "\u200B\u200F\u202B\uFEFF\u00A0 \n.,،؛؟-«»0123456789۱۲aZ\uFEFB\uFE91\uFDF2\uFDFA\uFE70\u0670"];

    private static Arbitrary<string> ArabicStrings() =>
        Gen.Elements(Alphabet).ArrayOf().Select(cs => new string(cs)).ToArbitrary();

    [Property(MaxTest = 500)]
    public Property Normalization_is_idempotent_and_maps_back() =>
        Prop.ForAll(ArabicStrings(), s =>
        {
            var n = ArabicNormalizer.Search.Normalize(s);
            bool idempotent = ArabicNormalizer.Search.Normalize(n.Text).Text == n.Text;
            bool mapped = Enumerable.Range(0, n.Text.Length).All(i => n.ToOriginal(i, i + 1) is var (a, b) && a >= 0 && b > a && b <= s.Length);
            return idempotent && mapped;
        });

    [Property(MaxTest = 300)]
    public Property Pipeline_spans_slice_back() =>
        Prop.ForAll(ArabicStrings(), s =>
        {
            var r = TextAnalyzer.Default.Analyze(s, "p");
            return r.Dates!.Cast<Records.ISpanRecord>().Concat(r.Numbers!).Concat(r.Entities!)
                .All(x => x.Start >= 0 && x.End <= s.Length && x.Text == s[x.Start..x.End]);
        });
}
