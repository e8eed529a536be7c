using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Core.Pipelines;

namespace SiteGen.Benchmarks.Site;

/// <summary>Keeps the engine's phase times (from its log lines) and the warnings of one build; thread-safe.</summary>
internal sealed partial class BenchmarkLog : IBuildLog
{
    private readonly Lock gate = new();
    private readonly Dictionary<Phase, TimeSpan> phases = [];
    private readonly List<string> warnings = [];

    public IReadOnlyDictionary<Phase, TimeSpan> Phases
    {
        get
        {
            lock (gate)
            {
                return new Dictionary<Phase, TimeSpan>(phases);
            }
        }
    }

    public IReadOnlyList<string> Warnings
    {
        get
        {
            lock (gate)
            {
                return [.. warnings];
            }
        }
    }

    public void Info(string message)
    {
        var match = PhaseLine().Match(message);
        if (match.Success && Enum.TryParse<Phase>(match.Groups["phase"].Value, out var phase))
        {
            var ms = long.Parse(match.Groups["ms"].Value, CultureInfo.InvariantCulture);
            lock (gate)
            {
                phases[phase] = TimeSpan.FromMilliseconds(ms);
            }
        }
    }

    public void Warn(string message)
    {
        lock (gate)
        {
            warnings.Add(message);
        }
    }

    public void Progress(BuildProgress progress)
    {
    }

    [GeneratedRegex(@"^(?<phase>\w+) phase finished in (?<ms>\d+) ms", RegexOptions.CultureInvariant)]
    private static partial Regex PhaseLine();
}
