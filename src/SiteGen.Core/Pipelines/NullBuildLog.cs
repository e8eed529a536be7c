namespace SiteGen.Core.Pipelines;

public sealed class NullBuildLog : IBuildLog
{
    public static NullBuildLog Instance { get; } = new();

    private NullBuildLog()
    {
    }

    public void Info(string message)
    {
    }

    public void Warn(string message)
    {
    }

    public void Progress(BuildProgress progress)
    {
    }
}
