using System.Globalization;

namespace SiteGen.Benchmarks.Site;

/// <summary>Options of <c>site</c>: how many real episodes, how many synthetic ones, how many runs of each scenario.</summary>
internal sealed record SiteBenchmarkOptions
{
    public const string Usage = """
        Usage: dotnet run --project tests/SiteGen.Benchmarks -c Release -- site [options]

        Builds a site from the shared corpus's raw episodes in a temporary folder and reports cold and incremental
        build times, memory and the time per stage against the product targets. Anything but 'site' goes to
        BenchmarkDotNet (e.g. -- --filter '*Summary*').

        Options:
          --episodes N    real episodes to use, spread over the corpus   (default: all 252; 20 for a quick run)
          --scale N       then also build N episodes: the real ones plus synthetic copies (new ids and titles,
                          shuffled sentences), and report how the figures grow
          --runs N        runs of each rebuild scenario, median reported (default: 3)
          --cold-runs N   cold builds, each with an empty cache           (default: 1)
          --shared DIR    the shared data folder                         (default: ../shared from the repository)
          --top N         stages listed per scenario                     (default: 8)
          --search        build the search index too, as a deployed site does (needs npm ci --prefix theme);
                          the targets are for builds without it
          --keep          keep the temporary folder (input, output, cache) and print its path
          --help          this text
        """;

    public int? Episodes { get; init; }

    public int? Scale { get; init; }

    public int Runs { get; init; } = 3;

    public int ColdRuns { get; init; } = 1;

    public string? Shared { get; init; }

    public int Top { get; init; } = 8;

    public bool Keep { get; init; }

    public bool Search { get; init; }

    public bool Help { get; init; }

    /// <exception cref="ArgumentException">An unknown option or a bad number; the message says which.</exception>
    public static SiteBenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var options = new SiteBenchmarkOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            int Count(int min) =>
                int.TryParse(Value().Replace(",", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min
                    ? n
                    : throw new ArgumentException($"{name} needs a whole number of at least {min}.");
            options = name switch
            {
                "--episodes" => options with { Episodes = Count(1) },
                "--scale" => options with { Scale = Count(1) },
                "--runs" => options with { Runs = Count(1) },
                "--cold-runs" => options with { ColdRuns = Count(1) },
                "--shared" => options with { Shared = Value() },
                "--top" => options with { Top = Count(1) },
                "--keep" => options with { Keep = true },
                "--search" => options with { Search = true },
                "--help" or "-h" => options with { Help = true },
                _ => throw new ArgumentException($"Unknown option '{name}'."),
            };
        }

        return options;
    }
}
