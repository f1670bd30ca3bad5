using System.CommandLine;
using TextAnalysis.Normalization;
using TextAnalysis.Tokenization;

namespace TextAnalysis.Cli.Commands;

/// <summary><c>normalize</c> and <c>tokenize</c>: standard input to standard output.</summary>
internal static class TextCommands
{
    private static Option<string> ProfileOption() => new("--profile")
    {
        Description = "Normalization profile: search (folds letter variants, drops diacritics) or light (keeps letters and diacritics).",
        DefaultValueFactory = _ => "search",
    };

    private static ArabicNormalizer Normalizer(string name) =>
        NormalizationProfile.TryGet(name, out var profile)
            ? new ArabicNormalizer(profile)
            : throw new UsageException($"unknown profile '{name}': use search or light");

    public static Command CreateNormalize(HostIO io)
    {
        var profile = ProfileOption();
        var command = new Command("normalize", "Normalize standard input to standard output.") { profile };
        command.SetAction(parse =>
        {
            var normalizer = Normalizer(parse.GetValue(profile)!);
            io.Out.Write(normalizer.Normalize(io.In.ReadToEnd()).Text);
            io.Out.Flush();
            return Program.Ok;
        });
        return command;
    }

    public static Command CreateTokenize(HostIO io)
    {
        var profile = ProfileOption();
        var offsets = new Option<bool>("--offsets") { Description = "Also print kind, start, end (original offsets) and the normalized form, tab-separated." };
        var command = new Command("tokenize", "Tokenize standard input: one token a line.") { profile, offsets };
        command.SetAction(parse =>
        {
            var normalizer = Normalizer(parse.GetValue(profile)!);
            var text = new AnalyzedText(io.In.ReadToEnd(), normalizer);
            bool withOffsets = parse.GetValue(offsets);
            foreach (var token in text.Tokens)
            {
                if (withOffsets)
                    io.Out.WriteLine($"{text.Surface(token)}\t{token.Kind}\t{token.Start}\t{token.End}\t{text.Form(token)}");
                else
                    io.Out.WriteLine(text.Surface(token));
            }
            io.Out.Flush();
            return Program.Ok;
        });
        return command;
    }
}
