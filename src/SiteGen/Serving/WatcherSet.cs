namespace SiteGen.Serving;

/// <summary>Watches folders and runs one rebuild per burst of changes (editors save in several steps).</summary>
internal sealed class WatcherSet : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(300);

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Func<Task> _onChange;
    private readonly Lock _gate = new();
    private Timer? _timer;
    private int _running;

    public WatcherSet(IEnumerable<string> folders, Func<Task> onChange)
    {
        _onChange = onChange;
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, EnableRaisingEvents = true };
            watcher.Changed += (_, e) => Touch(e.FullPath);
            watcher.Created += (_, e) => Touch(e.FullPath);
            watcher.Deleted += (_, e) => Touch(e.FullPath);
            watcher.Renamed += (_, e) => Touch(e.FullPath);
            _watchers.Add(watcher);
        }
    }

    private void Touch(string path)
    {
        if (path.Contains($"{Path.DirectorySeparatorChar}node_modules{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
        {
            return;
        }

        lock (_gate)
        {
            _timer?.Dispose();
            _timer = new Timer(_ => Fire(), null, Quiet, Timeout.InfiniteTimeSpan);
        }
    }

    private void Fire()
    {
        if (Interlocked.Exchange(ref _running, 1) == 1)
        {
            return;
        }

        _onChange().ContinueWith(_ => Interlocked.Exchange(ref _running, 0), TaskScheduler.Default);
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _timer?.Dispose();
        }

        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }
    }
}
