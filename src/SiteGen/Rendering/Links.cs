using SiteGen.Building;

namespace SiteGen.Rendering;

/// <summary>Site-relative URLs. Links name <c>index.html</c> so the site also works opened from disk.</summary>
internal static class Links
{
    public static string Episode(string slug) => $"{slug}/index.html";

    public static string Guest(string name) => $"guests/{Slugs.From(name)}/index.html";

    public static string Entity(string name) => $"entities/{Slugs.From(name)}/index.html";

    public static string YouTube(string videoId) => $"https://www.youtube.com/watch?v={Uri.EscapeDataString(videoId)}";

    public static string? Seek(string? videoId, string? audioUrl, TimeSpan? time)
    {
        if (time is not { } t)
        {
            return null;
        }

        var seconds = Formats.Seconds(t);
        return videoId is not null ? $"{YouTube(videoId)}&t={seconds}s"
            : audioUrl is not null ? $"{audioUrl}#t={seconds}"
            : null;
    }
}
