using System.Text;
using SharpFuzz;
using TextAnalysis;
using TextAnalysis.Input;
using TextAnalysis.Normalization;

// usage: TextAnalysis.Fuzz TARGET [--libfuzzer | --afl | --smoke FOLDER]
// Each target turns the input bytes into text (or reads them as a file's bytes) and checks the library's promises:
// nothing throws, every offset is in bounds and every record's text is its slice of the original.
if (args.Length == 0 || !Targets.All.TryGetValue(args[0], out var target))
{
    Console.Error.WriteLine("usage: TextAnalysis.Fuzz " + string.Join("|", Targets.All.Keys) + " [--libfuzzer | --afl | --smoke FOLDER]");
    return 2;
}
string mode = args.Length > 1 ? args[1] : "--libfuzzer";
switch (mode)
{
    case "--libfuzzer":
        Fuzzer.LibFuzzer.Run(span => target(span.ToArray()));
        return 0;
    case "--afl":
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            target(memory.ToArray());
        });
        return 0;
    case "--smoke" when args.Length > 2:
        int n = 0;
        foreach (var file in Directory.EnumerateFiles(args[2], "*", SearchOption.AllDirectories))
        {
            target(File.ReadAllBytes(file));
            n++;
        }
        Console.WriteLine($"{args[0]}: {n} inputs, no failure");
        return 0;
    default:
        Console.Error.WriteLine("unknown mode " + mode);
        return 2;
}

internal static class Targets
{
    public static readonly Dictionary<string, Action<byte[]>> All = new(StringComparer.Ordinal)
    {
        ["normalize"] = bytes =>
        {
            string s = Text(bytes);
            foreach (var normalizer in new[] { ArabicNormalizer.Search, ArabicNormalizer.Light })
            {
                var n = normalizer.Normalize(s);
                if (normalizer.Normalize(n.Text).Text != n.Text) throw new InvalidOperationException("not idempotent");
                for (int i = 0; i < n.Text.Length; i++)
                {
                    var (a, b) = n.ToOriginal(i, i + 1);
                    if (a < 0 || b > s.Length || b < a) throw new InvalidOperationException($"bad map at {i}");
                }
            }
        },
        ["tokenize"] = bytes =>
        {
            string s = Text(bytes);
            var text = new AnalyzedText(s);
            int end = 0;
            foreach (var t in text.Tokens)
            {
                if (t.Start < end || t.End <= t.Start || t.End > s.Length) throw new InvalidOperationException("bad token");
                end = t.End;
            }
            _ = text.Sentences.Count;
        },
        ["extract"] = bytes =>
        {
            string s = Text(bytes);
            var record = TextAnalyzer.Default.Analyze(s, "fuzz");
            foreach (var span in record.Dates!.Cast<TextAnalysis.Records.ISpanRecord>().Concat(record.Numbers!).Concat(record.Entities!))
                if (span.End > s.Length || span.Start < 0 || s[span.Start..span.End] != span.Text) throw new InvalidOperationException("bad span");
            _ = TextAnalysis.Records.RecordJson.Serialize(record);
        },
        ["decode"] = bytes =>
        {
            if (TextDecoder.TryDecode(bytes, out var text, out _) && text is null) throw new InvalidOperationException("null text");
        },
        ["html"] = bytes => _ = HtmlText.Extract(Text(bytes)),
    };

    private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);
}
