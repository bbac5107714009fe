using BenchmarkDotNet.Running;
using Parley.Bench;

if (NlpCommands.TryRun(args)) return;
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
