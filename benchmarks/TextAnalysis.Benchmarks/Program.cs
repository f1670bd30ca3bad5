using BenchmarkDotNet.Running;
using TextAnalysis.Benchmarks;

// `scale ...` runs the end-to-end corpus benchmark (a report, not BenchmarkDotNet); anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "scale") return ScaleBenchmark.Run(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
