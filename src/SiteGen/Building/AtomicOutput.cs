namespace SiteGen.Building;

/// <summary>
/// Builds into a fresh staging folder beside the output and swaps it in only when the whole build succeeded,
/// so a failed or interrupted build leaves the previous site exactly as it was.
/// </summary>
internal sealed class AtomicOutput : IDisposable
{
    private readonly string _target;
    private bool _committed;

    public AtomicOutput(string outputDirectory)
    {
        _target = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(_target) ?? throw new ArgumentException("The output folder needs a parent folder.", nameof(outputDirectory));
        Directory.CreateDirectory(parent);
        CleanLeftovers(parent, Path.GetFileName(_target));
        StagingDirectory = Path.Combine(parent, $".{Path.GetFileName(_target)}.staging-{Environment.ProcessId}");
        if (Directory.Exists(StagingDirectory))
        {
            Directory.Delete(StagingDirectory, recursive: true);
        }

        Directory.CreateDirectory(StagingDirectory);
    }

    public string StagingDirectory { get; }

    /// <summary>Replaces the output with the staging folder; the old output is removed only after the swap.</summary>
    public void Commit()
    {
        var retired = _target + $".retired-{Environment.ProcessId}";
        if (Directory.Exists(_target))
        {
            Directory.Move(_target, retired);
        }

        Directory.Move(StagingDirectory, _target);
        _committed = true;
        if (Directory.Exists(retired))
        {
            Directory.Delete(retired, recursive: true);
        }
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(StagingDirectory))
        {
            Directory.Delete(StagingDirectory, recursive: true);
        }
    }

    // A build killed midway leaves its staging folder (and, in the instant of a swap, a retired one) behind.
    private static void CleanLeftovers(string parent, string name)
    {
        foreach (var dir in Directory.EnumerateDirectories(parent, $".{name}.staging-*"))
        {
            Directory.Delete(dir, recursive: true);
        }

        var target = Path.Combine(parent, name);
        foreach (var dir in Directory.EnumerateDirectories(parent, $"{name}.retired-*"))
        {
            if (Directory.Exists(target))
            {
                Directory.Delete(dir, recursive: true);
            }
            else
            {
                Directory.Move(dir, target);
            }
        }
    }
}
