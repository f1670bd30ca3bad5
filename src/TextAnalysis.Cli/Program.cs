using System.CommandLine;
using System.Text;
using TextAnalysis.Cli.Commands;

namespace TextAnalysis.Cli;

/// <summary>The console host: the commands of CONTRACT.md.</summary>
public static class Program
{
    /// <summary>Exit code when every input was processed.</summary>
    public const int Ok = 0;
    /// <summary>Exit code when some input could not be processed (the rest was).</summary>
    public const int SomeInputFailed = 1;
    /// <summary>Exit code for a wrong command line.</summary>
    public const int WrongCommandLine = 2;

    /// <summary>Entry point.</summary>
    public static int Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(false);
        Console.InputEncoding = new UTF8Encoding(false);
        return Run(args, Console.In, Console.Out, Console.Error);
    }

    /// <summary>Runs a command line with the given streams (the tests call this in-process).</summary>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var io = new HostIO(stdin, stdout, stderr);
        var root = new RootCommand("TextAnalysis: Arabic normalization, tokenization, extraction of dates, numbers and entities, and full-text search. With no command, runs the main job on corpus/.");
        MainJob.Configure(root, io);
        root.Add(ExtractCommand.Create(io));
        root.Add(TagCommand.Create(io));
        root.Add(IndexCommand.Create(io));
        root.Add(SearchCommand.Create(io));
        root.Add(ReportCommand.Create(io));
        root.Add(TextCommands.CreateNormalize(io));
        root.Add(TextCommands.CreateTokenize(io));

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) stderr.WriteLine($"error: {error.Message}");
            stderr.WriteLine("Run with --help to see the commands and options.");
            return WrongCommandLine;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            return WrongCommandLine;
        }
    }
}

/// <summary>The streams a command reads and writes.</summary>
public sealed record HostIO(TextReader In, TextWriter Out, TextWriter Error);

/// <summary>A command line that parsed but makes no sense (exit code 2).</summary>
public sealed class UsageException(string message) : Exception(message);
