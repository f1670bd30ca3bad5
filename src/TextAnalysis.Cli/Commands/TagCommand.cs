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

    internal static void Tag(IReadOnlyList<string> lines, EntityRecognizer recognizer, TextWriter writer)
    {
        var tokens = new List<string>();
        var gold = new List<string>();
        void Flush()
        {
            if (tokens.Count == 0) return;
            var predicted = recognizer.Tag(tokens);
            for (int i = 0; i < tokens.Count; i++) writer.WriteLine($"{tokens[i]} {gold[i]} {predicted[i]}");
            tokens.Clear();
            gold.Clear();
        }
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd('\r');
            if (string.IsNullOrWhiteSpace(line))
            {
                Flush();
                writer.WriteLine();
                continue;
            }
            var columns = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            tokens.Add(columns[0]);
            gold.Add(columns.Length > 1 ? columns[^1] : "O");
        }
        Flush();
    }
}
