using BenchmarkDotNet.Running;
using Minsheng.Benchmarks;

BenchmarkSwitcher.FromAssembly(typeof(SummaryBenchmarks).Assembly).Run(args);
