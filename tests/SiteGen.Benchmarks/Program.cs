using BenchmarkDotNet.Running;
using SiteGen.Benchmarks;
using SiteGen.Benchmarks.Site;

// "site" runs the whole-site build benchmark; everything else is BenchmarkDotNet's (e.g. --filter '*Summary*').
if (args.Length > 0 && args[0] == "site")
{
    return await SiteBenchmarkCommand.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(SharedCorpus).Assembly).Run(args);
return 0;
