using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;
using SiteGen.Core.Pipelines;

namespace SiteGen.Benchmarks.Site;

/// <summary>Prints the progress lines, the figures against the targets, where the time goes, and growth with size.</summary>
internal sealed class ReportWriter(TextWriter writer, int top)
{
    private const long MemoryTarget = 1_500_000_000;

    public void Environment()
    {
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
        writer.WriteLine(
            $"Machine: {System.Environment.ProcessorCount} logical cores, load average {load}; {RuntimeInformation.FrameworkDescription}, " +
            $"{(GCSettings.IsServerGC ? "server" : "workstation")} GC, {DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} UTC");
        if (double.TryParse(load.Split(' ')[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var running) && running > System.Environment.ProcessorCount)
        {
            writer.WriteLine(
                "  The machine is oversubscribed: other processes compete for the cores, so wall times are inflated. " +
                "CPU time (all threads of this process) is the steadier figure; on an idle machine wall time lies between CPU / cores and CPU.");
        }
    }

    public void Input(BenchmarkSite site, int realEpisodes)
    {
        var synthetic = site.Episodes.Length - realEpisodes;
        writer.WriteLine();
        writer.WriteLine(
            $"== Site of {site.Episodes.Length} episodes ({realEpisodes} real{(synthetic > 0 ? $" + {synthetic} synthetic" : "")}), " +
            $"{site.InputWords:N0} words, {Bytes(site.InputBytes)} of transcripts, in {site.Root}");
    }

    public void Run(string scenario, int run, BuildRun r)
    {
        writer.WriteLine(
            $"  {scenario} #{run + 1}: {Time(r.Elapsed)} wall, {Time(r.Cpu)} CPU, {Bytes(r.Allocated)} allocated, " +
            $"peak working set {Bytes(r.PeakWorkingSet)}, cache {r.Summary.CacheHits} hits / {r.Summary.CacheMisses} misses, " +
            $"{r.Summary.Pages} pages" + (r.Warnings.Count > 0 ? $", {r.Warnings.Count} warning(s), first: {r.Warnings[0]}" : ""));
    }

    public void Suite(SuiteResult suite)
    {
        writer.WriteLine();
        writer.WriteLine(
            $"Results, {suite.Episodes} episodes" +
            (suite.TargetsApply ? " (the whole corpus: the targets apply)" : " (targets are for the whole corpus: shown for comparison only)") +
            "; median of the runs; CPU = processor time of all threads:");
        var rows = new List<string[]>
        {
            new[] { "scenario", "runs", "median", "min", "max", "CPU", "allocated", "GCs 0/1/2", "GC pause", "peak WS", "cache hit/miss", "target", "verdict" },
        };
        foreach (var s in suite.Scenarios)
        {
            var m = s.Median;
            rows.Add(
            [
                s.Name, s.Runs.Count.ToString(CultureInfo.InvariantCulture), Time(m.Elapsed), Time(s.Min), Time(s.Max), Time(m.Cpu),
                Bytes(m.Allocated), $"{m.Gen0}/{m.Gen1}/{m.Gen2}", Time(m.GcPause), Bytes(s.PeakWorkingSet),
                $"{m.Summary.CacheHits}/{m.Summary.CacheMisses}", s.Target is { } target ? "≤ " + Time(target) : "none",
                s.Target is { } limit ? Verdict(suite.TargetsApply, m.Elapsed <= limit) : "-",
            ]);
        }

        var peakManaged = suite.Scenarios.SelectMany(s => s.Runs).Max(r => r.PeakManagedHeap);
        rows.Add(
        [
            "peak memory", "", Bytes(suite.ProcessPeakWorkingSet), "", "", "", "", "", "", $"heap {Bytes(peakManaged)}", "",
            "≤ " + Bytes(MemoryTarget), Verdict(suite.TargetsApply, suite.ProcessPeakWorkingSet <= MemoryTarget),
        ]);
        Table(rows, rightAligned: [1, 2, 3, 4, 5, 6, 8, 9]);
        writer.WriteLine(
            $"  peak memory = Process.PeakWorkingSet64 over the whole benchmark process; heap = largest GC.GetTotalMemory seen during a build. " +
            $"Build after copying the theme, nothing changed: {Time(suite.ThemeCopyBuild.Elapsed)} " +
            $"(cache {suite.ThemeCopyBuild.Summary.CacheHits}/{suite.ThemeCopyBuild.Summary.CacheMisses}).");

        foreach (var s in suite.Scenarios)
        {
            Stages(s.Name, s.Median);
        }
    }

    public void Growth(SuiteResult small, SuiteResult large)
    {
        var factor = (double)large.Episodes / small.Episodes;
        writer.WriteLine();
        writer.WriteLine($"Growth from {small.Episodes} to {large.Episodes} episodes (× {factor:0.0}); linear growth would multiply times by {factor:0.0}:");
        var rows = new List<string[]> { new[] { "scenario", $"{small.Episodes} eps", $"{large.Episodes} eps", "× time", "× CPU", "per episode (small → large)" } };
        for (var i = 0; i < small.Scenarios.Count; i++)
        {
            var (a, b) = (small.Scenarios[i].Median, large.Scenarios[i].Median);
            rows.Add(
            [
                small.Scenarios[i].Name, Time(a.Elapsed), Time(b.Elapsed), Ratio(b.Elapsed, a.Elapsed), Ratio(b.Cpu, a.Cpu),
                $"{Time(a.Elapsed / small.Episodes)} → {Time(b.Elapsed / large.Episodes)}",
            ]);
        }

        rows.Add(["peak memory", Bytes(small.ProcessPeakWorkingSet), Bytes(large.ProcessPeakWorkingSet), "", "", "(process peak: never falls)"]);
        Table(rows, rightAligned: [1, 2, 3, 4]);

        writer.WriteLine("  Stages growing faster than the site (cold build, time ratio / episode ratio > 1.5):");
        var before = ByModule(small.Scenarios[0].Median);
        var after = ByModule(large.Scenarios[0].Median);
        var any = false;
        foreach (var (module, time) in after.OrderByDescending(kv => kv.Value.Time))
        {
            if (before.TryGetValue(module, out var old) && old.Time > TimeSpan.FromMilliseconds(20) && time.Time / old.Time / factor > 1.5)
            {
                writer.WriteLine($"    {module}: {Time(old.Time)} → {Time(time.Time)} (× {time.Time / old.Time:0.0})");
                any = true;
            }
        }

        if (!any)
        {
            writer.WriteLine("    none");
        }
    }

    private void Stages(string scenario, BuildRun run)
    {
        writer.WriteLine();
        var phases = string.Join(", ", Enum.GetValues<Phase>().Where(run.Phases.ContainsKey).Select(p => $"{p} {Time(run.Phases[p])}"));
        writer.WriteLine($"Where the time goes: {scenario} (median run, {Time(run.Elapsed)}): engine phases {phases}; outside the engine (settings, theme, link check, commit, cache prune) {Time(run.OutsideEngine)}");
        var rows = new List<string[]> { new[] { "stage (module)", "time", "share", "pipelines" } };
        foreach (var (module, stage) in ByModule(run).OrderByDescending(kv => kv.Value.Time).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(top))
        {
            rows.Add([module, Time(stage.Time), $"{stage.Time / run.Elapsed:P0}", string.Join(", ", stage.Pipelines)]);
        }

        Table(rows, rightAligned: [1, 2]);
    }

    /// <summary>Module wall times summed over the pipelines that use the module (pipelines of one phase may overlap).</summary>
    private static Dictionary<string, (TimeSpan Time, SortedSet<string> Pipelines)> ByModule(BuildRun run)
    {
        var modules = new Dictionary<string, (TimeSpan Time, SortedSet<string> Pipelines)>(StringComparer.Ordinal);
        foreach (var t in run.Summary.Timings)
        {
            if (t.Module is null)
            {
                continue;
            }

            var (time, pipelines) = modules.TryGetValue(t.Module, out var seen) ? seen : (TimeSpan.Zero, new SortedSet<string>(StringComparer.Ordinal));
            pipelines.Add(t.Pipeline);
            modules[t.Module] = (time + t.Elapsed, pipelines);
        }

        return modules;
    }

    private void Table(List<string[]> rows, int[] rightAligned)
    {
        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        foreach (var row in rows)
        {
            var cells = row.Select((cell, c) => rightAligned.Contains(c) ? cell.PadLeft(widths[c]) : cell.PadRight(widths[c]));
            writer.WriteLine("  " + string.Join("  ", cells).TrimEnd());
        }
    }

    private static string Verdict(bool applies, bool met) => !applies ? "-" : met ? "met" : "MISSED";

    private static string Ratio(TimeSpan a, TimeSpan b) => b > TimeSpan.Zero ? $"× {a / b:0.0}" : "-";

    private static string Time(TimeSpan t) => t.TotalSeconds >= 10
        ? $"{t.TotalSeconds:0.0} s"
        : t.TotalSeconds >= 1 ? $"{t.TotalSeconds:0.00} s" : $"{t.TotalMilliseconds:0} ms";

    private static string Bytes(long bytes) => bytes >= 1_000_000_000
        ? $"{bytes / 1e9:0.00} GB"
        : $"{bytes / 1e6:0} MB";
}
