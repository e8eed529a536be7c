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

    public static SiteFiles Of(string root) => Of(Listing(root).Keys);

    /// <summary>The site made of these files; its folders are their parent folders.</summary>
    public static SiteFiles Of(IEnumerable<string> relativeFiles)
    {
        var files = new HashSet<string>(relativeFiles, StringComparer.Ordinal);
        var folders = new HashSet<string>(StringComparer.Ordinal) { "" };
        foreach (var file in files)
        {
            for (var slash = file.LastIndexOf('/'); slash > 0 && folders.Add(file[..slash]); slash = file.LastIndexOf('/', slash - 1))
            {
            }
        }

        return new SiteFiles(files, folders);
    }

    /// <summary>Every file under the folder, by its relative '/'-separated path.</summary>
    public static Dictionary<string, string> Listing(string root)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            files[Path.GetRelativePath(root, file).Replace('\\', '/')] = file;
        }

        return files;
    }

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
