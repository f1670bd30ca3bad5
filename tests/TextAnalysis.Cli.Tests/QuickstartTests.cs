using System.Text.RegularExpressions;

namespace TextAnalysis.Cli.Tests;

public class QuickstartTests
{
    private static readonly Lock ConsoleGate = new();

    [Fact]
    public void Readme_quickstart_is_the_compiled_sample()
    {
        string readme = File.ReadAllText(Path.Combine(Repo.Root, "README.md"));
        var block = Regex.Match(readme, "## Quickstart.*?```csharp\n(.*?)```", RegexOptions.Singleline);
        Assert.True(block.Success, "README.md has no ```csharp block under '## Quickstart'");
        string sample = File.ReadAllText(Path.Combine(Repo.Root, "samples", "Quickstart", "Program.cs"));
        Assert.Equal(sample.ReplaceLineEndings("\n").Trim(), block.Groups[1].Value.ReplaceLineEndings("\n").Trim());
    }

    [Fact]
    public void Quickstart_runs_and_prints_the_values()
    {
        var entry = System.Reflection.Assembly.Load("Quickstart").EntryPoint!;
        var output = new StringWriter();
        lock (ConsoleGate)
        {
            var previous = Console.Out;
            Console.SetOut(output);
            try
            {
                entry.Invoke(null, [Array.Empty<string>()]);
            }
            finally
            {
                Console.SetOut(previous);
            }
        }
        string text = output.ToString();
        Assert.Contains("date   22 يناير 1905 → 1905-01-22", text);
        Assert.Contains("number 150 ألف → 150000 (cardinal)", text);
        Assert.Contains("entity موسكو → LOCATION", text);
    }
}
