using TextAnalysis.Normalization;

namespace TextAnalysis.Tests;

/// <summary>Random strings drawn from the characters that matter (Arabic letters, marks, digits, controls,
/// presentation forms, Latin, spaces, punctuation) pushed through the text layer: nothing throws, offsets stay in
/// bounds and in order, and normalization is idempotent.</summary>
public class RandomInputTests
{
    private static readonly char[] Alphabet = BuildAlphabet();

    private static char[] BuildAlphabet()
    {
        var chars = new List<char>();
        for (char c = '\u0600'; c <= '\u06FF'; c++) chars.Add(c);
        chars.AddRange("\u200B\u200F\u202B\u2067\uFEFF\u00A0 \n\t.,،؛؟!-«»()0123456789abcXYZ\uFEFB\uFE91\uFDF2\uFDFA\uFE70\u0670\u08F0");
        return chars.ToArray();
    }

    private static IEnumerable<string> RandomStrings(int seed, int count)
    {
        var random = new Random(seed);
        for (int i = 0; i < count; i++)
        {
            int length = random.Next(0, 60);
            var buffer = new char[length];
            for (int j = 0; j < length; j++) buffer[j] = Alphabet[random.Next(Alphabet.Length)];
            yield return new string(buffer);
        }
    }

    [Fact]
    public void Normalization_is_idempotent()
    {
        foreach (var profile in new[] { ArabicNormalizer.Search, ArabicNormalizer.Light })
            foreach (var s in RandomStrings(1, 3000))
            {
                string once = profile.Normalize(s).Text;
                Assert.Equal(once, profile.Normalize(once).Text);
            }
    }

    [Fact]
    public void Every_normalized_span_maps_back_inside_the_original_in_order()
    {
        foreach (var s in RandomStrings(2, 3000))
        {
            var n = ArabicNormalizer.Search.Normalize(s);
            int lastStart = 0;
            for (int i = 0; i < n.Text.Length; i++)
            {
                var (start, end) = n.ToOriginal(i, i + 1);
                Assert.InRange(start, lastStart, s.Length);
                Assert.InRange(end, start, s.Length);
                lastStart = start;
            }
        }
    }

    [Fact]
    public void Tokens_are_non_empty_in_bounds_and_in_order()
    {
        foreach (var s in RandomStrings(3, 3000))
        {
            var text = new AnalyzedText(s);
            // Starts and ends never go back. Tokens overlap only inside one expanded character (ﷺ → four words
            // that all map to that character), so a token may start before the previous one ends.
            int previousStart = 0, previousEnd = 0;
            foreach (var t in text.Tokens)
            {
                Assert.True(t.Start >= previousStart && t.End >= previousEnd && t.End > t.Start && t.End <= s.Length, $"bad token [{t.Start},{t.End}) in \"{s}\"");
                Assert.True(t.NormLength > 0);
                if (t.Start < previousEnd) Assert.Contains(s[t.Start..previousEnd], c => Normalization.ArabicChars.IsPresentationForm(c));
                (previousStart, previousEnd) = (t.Start, t.End);
            }
            foreach (var sentence in text.Sentences) Assert.InRange(sentence.End, sentence.Start, s.Length);
        }
    }

    [Fact]
    public void The_whole_pipeline_never_throws_and_its_spans_slice_back()
    {
        foreach (var s in RandomStrings(4, 1500))
        {
            var record = TextAnalyzer.Default.Analyze(s, "random");
            foreach (var span in record.Dates!.Cast<Records.ISpanRecord>().Concat(record.Numbers!).Concat(record.Entities!))
                Assert.Equal(span.Text, s[span.Start..span.End]);
        }
    }
}
