using System.Collections.Concurrent;

namespace SiteGen.Building;

/// <summary>
/// Builds into a staging folder beside the output and publishes it only when the whole build succeeded, so a failed
/// build leaves the previous site exactly as it was. Files the previous output already has with the right bytes are
/// kept where they are (<see cref="Keep"/>); staging then holds only what is new, and publishing moves those files in
/// and deletes what the site no longer has. The list of deletions is written into staging before anything is applied,
/// so a build killed while publishing is finished by the next one.
/// </summary>
internal sealed class AtomicOutput : IDisposable
{
    private const string CommitMarker = ".sitegen-commit";

    private readonly string _target;
    private readonly ConcurrentDictionary<string, byte> _kept = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _staged = new(StringComparer.Ordinal);
    private bool _materialized;
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

    public string PublishedDirectory => _target;

    /// <summary>How many files this build wrote into staging.</summary>
    public int StagedCount => _staged.Count;

    /// <summary>Records that the published file at the relative path is this build's file as it is.</summary>
    public void Keep(string relativePath) => _kept.TryAdd(Normalize(relativePath), 0);

    /// <summary>Records that this build wrote the relative path into staging.</summary>
    public void Staged(string relativePath) => _staged.TryAdd(Normalize(relativePath), 0);

    /// <summary>
    /// Whether a file the predicate selects differs from the published output: written anew, or published and gone.
    /// </summary>
    public bool Changed(Func<string, bool> selects) =>
        _staged.Keys.Any(selects)
        || (Directory.Exists(_target) && SiteFiles.Listing(_target).Keys.Any(f => selects(f) && !_kept.ContainsKey(f) && !_staged.ContainsKey(f)));

    /// <summary>Keeps every published file under the relative folder as it is; returns how many there are.</summary>
    public int KeepAll(string folder)
    {
        var path = Path.Combine(_target, folder);
        if (!Directory.Exists(path))
        {
            return 0;
        }

        var count = 0;
        foreach (var file in SiteFiles.Listing(path).Keys)
        {
            Keep(folder + "/" + file);
            count++;
        }

        return count;
    }

    /// <summary>Every file of the site this build makes (relative, '/'-separated) and where its bytes are now.</summary>
    public IReadOnlyDictionary<string, string> Files()
    {
        var files = new Dictionary<string, string>(_kept.Count + _staged.Count, StringComparer.Ordinal);
        foreach (var kept in _kept.Keys)
        {
            files[kept] = Path.Combine(_target, kept);
        }

        foreach (var staged in _staged.Keys)
        {
            files[staged] = Path.Combine(StagingDirectory, staged);
        }

        return files;
    }

    /// <summary>
    /// Links the kept files into staging, so that a tool that reads one folder (the search indexer) sees the whole
    /// site there; the publish step then swaps the folders.
    /// </summary>
    public void Materialize()
    {
        foreach (var kept in _kept.Keys)
        {
            var path = Path.Combine(StagingDirectory, kept);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            HardLinks.LinkOrCopy(Path.Combine(_target, kept), path);
        }

        _materialized = true;
    }

    /// <summary>Publishes staging; false when the published output was already this build's output.</summary>
    public bool Commit()
    {
        if (_materialized || !Directory.Exists(_target))
        {
            Swap();
            return true;
        }

        var obsolete = Directory.EnumerateFiles(_target, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_target, f).Replace('\\', '/'))
            .Where(f => !_kept.ContainsKey(f) && !_staged.ContainsKey(f))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (obsolete.Count == 0 && _staged.IsEmpty)
        {
            Directory.Delete(StagingDirectory, recursive: true);
            _committed = true;
            return false;
        }

        var marker = Path.Combine(StagingDirectory, CommitMarker);
        File.WriteAllLines(marker + ".tmp", obsolete);
        File.Move(marker + ".tmp", marker);
        _committed = true;
        Apply(StagingDirectory, _target, obsolete);
        return true;
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(StagingDirectory))
        {
            Directory.Delete(StagingDirectory, recursive: true);
        }
    }

    private static string Normalize(string relativePath) => relativePath.Replace('\\', '/');

    private void Swap()
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

    // Deletions first: a path the site no longer has as a file may be a folder of the new site, and the reverse.
    private static void Apply(string staging, string target, IEnumerable<string> obsolete)
    {
        var emptied = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in obsolete)
        {
            var path = Path.Combine(target, file);
            if (File.Exists(path))
            {
                File.Delete(path);
            }

            for (var folder = Path.GetDirectoryName(path); folder is not null && folder.Length > target.Length; folder = Path.GetDirectoryName(folder))
            {
                emptied.Add(folder);
            }
        }

        // Deepest first, so a folder emptied by removing its subfolders goes too.
        foreach (var folder in emptied.Reverse())
        {
            if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
            }
        }

        foreach (var file in Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(staging, file);
            if (relative == CommitMarker)
            {
                continue;
            }

            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Move(file, destination, overwrite: true);
        }

        Directory.Delete(staging, recursive: true);
    }

    // A build killed midway leaves its staging folder behind: applied further when publishing had begun, else dropped.
    // In the instant of a swap it may leave a retired output.
    private static void CleanLeftovers(string parent, string name)
    {
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

        foreach (var dir in Directory.EnumerateDirectories(parent, $".{name}.staging-*"))
        {
            var marker = Path.Combine(dir, CommitMarker);
            if (File.Exists(marker) && Directory.Exists(target))
            {
                Apply(dir, target, File.ReadAllLines(marker));
            }
            else
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }
}
