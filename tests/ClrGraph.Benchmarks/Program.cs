using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/ClrGraph.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(ClrGraph.Benchmarks.ReaderBenchmarks).Assembly).Run(args);
