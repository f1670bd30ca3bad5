using BenchmarkDotNet.Running;
using TextAnalysis.Benchmarks;

// Report commands (not BenchmarkDotNet): `scale` (end-to-end corpus run), `search-latency`, `search-indexing`.
// Anything else goes to BenchmarkDotNet.
switch (args.Length > 0 ? args[0] : "")
{
    case "scale": return ScaleBenchmark.Run(args[1..]);
    case SearchLatency.Command: return SearchLatency.Run(args[1..]);
    case SearchLatency.IndexingCommand: return SearchLatency.RunIndexing(args[1..]);
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
