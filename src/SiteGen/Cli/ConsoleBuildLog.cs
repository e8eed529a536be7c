using SiteGen.Core.Pipelines;

namespace SiteGen.Cli;

/// <summary>
/// Progress on a terminal as one self-updating line per stage; plain lines (one per finished stage)
/// when output is redirected, as in CI logs.
/// </summary>
internal sealed class ConsoleBuildLog(TextWriter writer, bool interactive) : IBuildLog
{
    private readonly Lock _gate = new();
    private string? _liveStage;

    public void Info(string message) => Line(message);

    public void Warn(string message) => Line("warning: " + message);

    public void Progress(BuildProgress progress)
    {
        var stage = $"{progress.Pipeline} › {progress.Module}";
        lock (_gate)
        {
            if (interactive)
            {
                writer.Write($"\r\u001b[2K{stage} {progress.Completed}/{progress.Total}");
                _liveStage = stage;
                if (progress.Completed == progress.Total)
                {
                    writer.WriteLine();
                    _liveStage = null;
                }
            }
            else if (progress.Completed == progress.Total)
            {
                writer.WriteLine($"{stage}: {progress.Total} done");
            }
        }
    }

    private void Line(string message)
    {
        lock (_gate)
        {
            if (_liveStage is not null)
            {
                writer.WriteLine();
                _liveStage = null;
            }

            writer.WriteLine(message);
        }
    }
}
