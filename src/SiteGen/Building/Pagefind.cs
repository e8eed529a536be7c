using System.Diagnostics;

namespace SiteGen.Building;

/// <summary>Runs Pagefind (from the theme's npm install, or on PATH) over the built site to make its search index.</summary>
internal static class Pagefind
{
    public static string? Find(string themeDirectory)
    {
        var local = Path.Combine(themeDirectory, "node_modules", ".bin", "pagefind");
        if (File.Exists(local))
        {
            return local;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "pagefind"))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>Which Pagefind this is (its resolved file, size and time): another install makes the index again.</summary>
    public static string Fingerprint(string executable)
    {
        var file = new FileInfo(executable);
        var target = file.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? file;
        return FormattableString.Invariant($"{target.FullName}\u001f{target.Length}\u001f{target.LastWriteTimeUtc.Ticks}");
    }

    public static async Task IndexAsync(string executable, string siteDirectory, CancellationToken ct)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--site");
        start.ArgumentList.Add(siteDirectory);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {executable}.");
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct).ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new BuildFailedException($"pagefind failed ({process.ExitCode}): {await stderr.ConfigureAwait(false)}{await stdout.ConfigureAwait(false)}");
        }
    }
}
