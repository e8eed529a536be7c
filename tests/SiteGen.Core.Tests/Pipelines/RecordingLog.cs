using System.Collections.Concurrent;
using SiteGen.Core.Pipelines;

namespace SiteGen.Core.Tests.Pipelines;

internal sealed class RecordingLog : IBuildLog
{
    public ConcurrentQueue<string> Messages { get; } = new();

    public ConcurrentQueue<BuildProgress> Progressions { get; } = new();

    public void Info(string message) => Messages.Enqueue("info: " + message);

    public void Warn(string message) => Messages.Enqueue("warn: " + message);

    public void Progress(BuildProgress progress) => Progressions.Enqueue(progress);
}
