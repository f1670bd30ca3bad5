using System.CommandLine;
using System.Text;
using TextAnalysis.Extraction.Entities;

namespace TextAnalysis.Cli.Commands;

/// <summary><c>tag --conll FILE [--out FILE]</c>: TOKEN GOLD PRED a line, blank lines kept.</summary>
internal static class TagCommand
{
    public static Command Create(HostIO io)
    {
        var conll = new Option<string>("--conll") { Description = "CoNLL input: TOKEN [TAG ...] a line, blank line between sentences.", Required = true };
        var output = new Option<string?>("--out") { Description = "Write to FILE instead of standard output." };
        var command = new Command("tag", "Tag CoNLL tokens with BIO entity labels (PERS, LOC, ORG, MISC).") { conll, output };
        command.SetAction(parse =>
        {
            string path = parse.GetValue(conll)!;
            string[] lines;
            try
            {
                lines = File.ReadAllLines(path, Encoding.UTF8);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                io.Error.WriteLine($"error: {path}: {e.Message}");
                return Program.SomeInputFailed;
            }
            var writer = Common.OpenOutput(parse.GetValue(output), io.Out);
            try
            {
                Tag(lines, EntityRecognizer.Default, writer);
            }
            finally
            {
                if (!ReferenceEquals(writer, io.Out)) writer.Dispose();
                else writer.Flush();
            }
            return Program.Ok;
        });
        return command;
    }

    // The sentences are tagged together, so that a name tagged in one sentence is tagged where the sentences around it
    // repeat it (EntityRecognizer.TagSentences); the blank lines are written back where they were.
    internal static void Tag(IReadOnlyList<string> lines, EntityRecognizer recognizer, TextWriter writer)
    {
        var sentences = new List<IReadOnlyList<string>>();
        var golds = new List<List<string>>();
        var blanks = new List<int>(); // blank lines after each sentence
        int leading = 0;
        List<string>? tokens = null;
        List<string>? gold = null;
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd('\r');
            if (string.IsNullOrWhiteSpace(line))
            {
                tokens = null;
                if (blanks.Count == 0) leading++;
                else blanks[^1]++;
                continue;
            }
            if (tokens is null)
            {
                tokens = [];
                gold = [];
                sentences.Add(tokens);
                golds.Add(gold);
                blanks.Add(0);
            }
            var columns = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            tokens.Add(columns[0]);
            gold!.Add(columns.Length > 1 ? columns[^1] : "O");
        }
        var predicted = recognizer.TagSentences(sentences);
        for (int b = 0; b < leading; b++) writer.WriteLine();
        for (int s = 0; s < sentences.Count; s++)
        {
            for (int i = 0; i < sentences[s].Count; i++) writer.WriteLine($"{sentences[s][i]} {golds[s][i]} {predicted[s][i]}");
            for (int b = 0; b < blanks[s]; b++) writer.WriteLine();
        }
    }
}
