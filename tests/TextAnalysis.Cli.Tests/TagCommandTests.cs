using TextAnalysis.Cli.Commands;
using TextAnalysis.Extraction.Entities;

namespace TextAnalysis.Cli.Tests;

/// <summary><c>tag --conll</c> tags the sentences together (document-level consistency) and writes them back line for line.</summary>
public class TagCommandTests
{
    private static string[] Run(params string[] lines)
    {
        using var writer = new StringWriter();
        TagCommand.Tag(lines, EntityRecognizer.Default, writer);
        return writer.ToString().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
    }

    [Fact]
    public void Blank_lines_are_written_back_where_they_were()
    {
        var output = Run("", "زار O", "موسكو B-LOC", "", "", "قال O", "");
        Assert.Equal("", output[0]);
        Assert.StartsWith("زار O ", output[1]);
        Assert.StartsWith("موسكو B-LOC ", output[2]);
        Assert.Equal("", output[3]);
        Assert.Equal("", output[4]);
        Assert.StartsWith("قال O ", output[5]);
        Assert.Equal("", output[6]);
        Assert.Equal(8, output.Length); // the last line ends with a newline
    }

    [Fact]
    public void Each_token_line_gets_the_tag_TagSentences_gives_it()
    {
        string[][] sentences = [["وقال", "الرئيس", "الفرنسي", "جاك", "شيراك", "إن"], ["وأضاف", "شيراك", "أن", "المحادثات", "مثمرة"]];
        var expected = EntityRecognizer.Default.TagSentences(sentences);
        var lines = new List<string>();
        foreach (var s in sentences)
        {
            lines.AddRange(s.Select(t => t + " O"));
            lines.Add("");
        }
        var output = Run([.. lines]);
        int at = 0;
        for (int s = 0; s < sentences.Length; s++, at++)
        {
            for (int i = 0; i < sentences[s].Length; i++, at++) Assert.Equal($"{sentences[s][i]} O {expected[s][i]}", output[at]);
        }
    }
}
