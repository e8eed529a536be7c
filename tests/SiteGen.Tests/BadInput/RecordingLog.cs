using System.Collections.Concurrent;
using SiteGen.Core.Pipelines;

namespace SiteGen.Tests.BadInput;

/// <summary>Keeps the warnings of a build so a test can assert what the site told its owner.</summary>
internal sealed class RecordingLog : IBuildLog
{
    private readonly ConcurrentQueue<string> _warnings = new();

    public IReadOnlyList<string> Warnings => [.. _warnings];

    public void Info(string message)
    {
    }

    public void Warn(string message) => _warnings.Enqueue(message);

    public void Progress(BuildProgress progress)
    {
    }
}
