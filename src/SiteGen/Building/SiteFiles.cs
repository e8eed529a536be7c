namespace SiteGen.Building;

/// <summary>
/// The files and folders of a built site as paths relative to its root ('/'-separated), listed once, so thousands of
/// links resolve with string work and set lookups instead of a file-system call each.
/// </summary>
internal sealed class SiteFiles
{
    private readonly HashSet<string> _folders;

    private SiteFiles(HashSet<string> files, HashSet<string> folders)
    {
        Files = files;
        _folders = folders;
    }

    public HashSet<string> Files { get; }

    public static SiteFiles Of(string root)
    {
        var files = new HashSet<string>(StringComparer.Ordinal);
        var folders = new HashSet<string>(StringComparer.Ordinal) { "" };
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            files.Add(Path.GetRelativePath(root, file).Replace('\\', '/'));
        }

        foreach (var folder in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories))
        {
            folders.Add(Path.GetRelativePath(root, folder).Replace('\\', '/'));
        }

        return new SiteFiles(files, folders);
    }

    /// <summary>Whether both folders exist and hold files at the same paths.</summary>
    public static bool Same(string folder, string other) =>
        Directory.Exists(folder) && Directory.Exists(other) && Of(folder).Files.SetEquals(Of(other).Files);

    /// <summary>
    /// The file a link on <paramref name="page"/> points to (a folder means its index.html), or null when there is
    /// none or the link leaves the site.
    /// </summary>
    public string? Resolve(string page, string path)
    {
        var segments = new List<string>();
        if (!path.StartsWith('/'))
        {
            var folder = page.LastIndexOf('/');
            if (folder > 0)
            {
                segments.AddRange(page[..folder].Split('/'));
            }
        }

        foreach (var segment in path.Split('/'))
        {
            if (segment is "" or ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (segments.Count == 0)
                {
                    return null;
                }

                segments.RemoveAt(segments.Count - 1);
            }
            else
            {
                segments.Add(segment);
            }
        }

        var target = string.Join('/', segments);
        if (_folders.Contains(target))
        {
            target = target.Length == 0 ? "index.html" : target + "/index.html";
        }

        return Files.Contains(target) ? target : null;
    }
}
