namespace SiteGen.Core.Pipelines;

/// <summary>Build events for the CLI. Called from many threads at once: implementations must be thread-safe.</summary>
public interface IBuildLog
{
    void Info(string message);

    void Warn(string message);

    void Progress(BuildProgress progress);
}
