using SiteGen.Building;

namespace SiteGen.EndToEnd.Tests;

/// <summary>The browser and theme tools the end-to-end tests need; none of them comes from NuGet.</summary>
internal static class Prerequisites
{
    public const string Chromium = "/usr/bin/chromium";

    public static string AxeScript => Path.Combine(Repository.Theme, "node_modules", "axe-core", "axe.min.js");

    /// <summary>Why the tests cannot run here, or null when everything is installed.</summary>
    public static string? Missing { get; } = FindMissing();

    private static string? FindMissing()
    {
        if (!File.Exists(Chromium))
        {
            return $"{Chromium} not found: install Debian's chromium (apt-get install chromium).";
        }

        if (Pagefind.Find(Repository.Theme) is null)
        {
            return "pagefind not found: run `npm ci --prefix theme`.";
        }

        if (!File.Exists(AxeScript))
        {
            return $"{AxeScript} not found: run `npm ci --prefix theme`.";
        }

        return null;
    }
}
