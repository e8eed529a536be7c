using System.Collections.Immutable;
using System.Diagnostics;
using SiteGen.Building;

namespace SiteGen.Benchmarks.Site;

/// <summary>
/// The <c>site</c> command: builds a real-sized site in a temporary folder, in process, through
/// <see cref="SiteBuilder.BuildAsync"/>, and prints the build times, memory and stage times against the targets.
/// </summary>
internal static class SiteBenchmarkCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        SiteBenchmarkOptions options;
        string shared;
        string repository;
        try
        {
            options = SiteBenchmarkOptions.Parse(args);
            if (options.Help)
            {
                Console.WriteLine(SiteBenchmarkOptions.Usage);
                return 0;
            }

            shared = SharedCorpus.Find(options.Shared);
            repository = SharedCorpus.RepositoryRoot();
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine();
            Console.Error.WriteLine(SiteBenchmarkOptions.Usage);
            return 2;
        }

        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        var report = new ReportWriter(Console.Out, options.Top);
        report.Environment();
        var corpusSize = EpisodeCatalog.Load(shared, null).Length;
        var real = EpisodeCatalog.Load(shared, options.Episodes);
        var suites = new List<SuiteResult>();
        try
        {
            suites.Add(await RunSuiteAsync(repository, real, real.Length, corpusSize, options, report, cancel.Token));
            if (options.Scale is { } scale && scale > real.Length)
            {
                suites.Add(await RunSuiteAsync(repository, SyntheticEpisodes.Extend(real, scale), real.Length, corpusSize, options, report, cancel.Token));
                report.Growth(suites[0], suites[1]);
            }
        }
        catch (BuildFailedException e)
        {
            Console.Error.WriteLine($"The build failed: {e.Message}");
            return 1;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("Cancelled.");
            return 130;
        }

        report.Environment();
        return 0;
    }

    private static async Task<SuiteResult> RunSuiteAsync(
        string repository, ImmutableArray<CorpusEpisode> episodes, int realEpisodes, int corpusSize, SiteBenchmarkOptions options, ReportWriter report, CancellationToken ct)
    {
        using var site = BenchmarkSite.Create(repository, episodes, options.Keep);
        report.Input(site, realEpisodes);

        var cold = new List<BuildRun>();
        for (var i = 0; i < options.ColdRuns; i++)
        {
            site.Clean();
            cold.Add(await MeasureAsync(site, options.Search, "cold build", i, report, ct));
        }

        var unchanged = new List<BuildRun>();
        for (var i = 0; i < options.Runs; i++)
        {
            unchanged.Add(await MeasureAsync(site, options.Search, "no-change rebuild", i, report, ct));
        }

        var oneChanged = new List<BuildRun>();
        for (var i = 0; i < options.Runs; i++)
        {
            site.EditTranscript();
            oneChanged.Add(await MeasureAsync(site, options.Search, "one transcript changed", i, report, ct));
        }

        site.CopyTheme();
        var themeCopy = await MeasureAsync(site, options.Search, "theme copied, unchanged", 0, report, ct);
        var template = new List<BuildRun>();
        for (var i = 0; i < options.Runs; i++)
        {
            site.EditEpisodeTemplate();
            template.Add(await MeasureAsync(site, options.Search, "template changed", i, report, ct));
        }

        var added = new List<BuildRun>();
        for (var i = 0; i < options.Runs; i++)
        {
            site.AddEpisode();
            added.Add(await MeasureAsync(site, options.Search, "episode added (new guest)", i, report, ct));
        }

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var result = new SuiteResult(
            episodes.Length,
            realEpisodes,
            episodes.Length == corpusSize,
            site.InputWords,
            site.InputBytes,
            [
                new Scenario("cold build", TimeSpan.FromSeconds(60), cold),
                new Scenario("no-change rebuild", TimeSpan.FromSeconds(3), unchanged),
                new Scenario("one transcript changed", TimeSpan.FromSeconds(5), oneChanged),
                new Scenario("template changed", TimeSpan.FromSeconds(10), template),
                new Scenario("episode added (new guest)", null, added),
            ],
            themeCopy,
            process.PeakWorkingSet64);
        report.Suite(result);
        if (options.Keep)
        {
            Console.WriteLine($"Kept {site.Root}");
        }

        return result;
    }

    private static async Task<BuildRun> MeasureAsync(BenchmarkSite site, bool search, string scenario, int run, ReportWriter report, CancellationToken ct)
    {
        // Garbage of the previous build is not this build's cost.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var pause = GC.GetTotalPauseDuration();
        var log = new BenchmarkLog();
        var options = new BuildOptions(site.Input, site.Output, site.Theme) { Search = search, CacheDirectory = site.Cache };
        var sampler = new MemorySampler();
        BuildSummary summary;
        try
        {
            summary = await SiteBuilder.BuildAsync(options, log, ct);
        }
        finally
        {
            sampler.Dispose();
        }

        process.Refresh();
        var measured = new BuildRun(
            summary,
            process.TotalProcessorTime - cpu,
            sampler.PeakWorkingSet,
            sampler.PeakManagedHeap,
            GC.GetTotalAllocatedBytes(precise: true) - allocated,
            GC.CollectionCount(0) - gen0,
            GC.CollectionCount(1) - gen1,
            GC.CollectionCount(2) - gen2,
            GC.GetTotalPauseDuration() - pause,
            log.Phases,
            log.Warnings);
        report.Run(scenario, run, measured);
        if (summary.Episodes < site.Episodes.Length)
        {
            Console.WriteLine($"  note: {summary.Episodes} of {site.Episodes.Length} episodes were published ({summary.Skipped.Length} skipped).");
        }

        return measured;
    }
}
