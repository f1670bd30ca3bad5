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

    private static string Segmented(AnalyzedText text, in Token token)
    {
        if (token.Kind != TokenKind.Arabic) return text.FormString(token);
        var form = ArabicNormalizer.Search.NormalizeToString(text.Form(token));
        var s = CliticSegmenter.Segment(form);
        string pre = form[..s.BaseStart], post = form[(s.BaseStart + s.BaseLength)..];
        string segmented = (pre.Length > 0 ? pre + "+" : "") + s.Base(form).ToString() + (post.Length > 0 ? "+" + post : "");
        return segmented + "\t" + TextAnalysis.Stemming.LightStemmer.Stem(form);
    }

    public static Command CreateTokenize(HostIO io)
    {
        var profile = ProfileOption();
        var offsets = new Option<bool>("--offsets") { Description = "Also print kind, start, end (original offsets) and the normalized form, tab-separated." };
        var segment = new Option<bool>("--segment") { Description = "Also print each Arabic word's clitic segmentation (و+س+يعود, كتاب+هم) and light stem." };
        var command = new Command("tokenize", "Tokenize standard input: one token a line.") { profile, offsets, segment };
        command.SetAction(parse =>
        {
            var normalizer = Normalizer(parse.GetValue(profile)!);
            var text = new AnalyzedText(io.In.ReadToEnd(), normalizer);
            bool withOffsets = parse.GetValue(offsets), withSegments = parse.GetValue(segment);
            foreach (var token in text.Tokens)
            {
                var line = new System.Text.StringBuilder().Append(text.Surface(token));
                if (withOffsets) line.Append($"\t{token.Kind}\t{token.Start}\t{token.End}\t{text.Form(token)}");
                if (withSegments) line.Append('\t').Append(Segmented(text, token));
                io.Out.WriteLine(line.ToString());
            }
            io.Out.Flush();
            return Program.Ok;
        });
        return command;
    }
}
