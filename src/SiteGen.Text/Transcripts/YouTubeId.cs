using System.Text.RegularExpressions;

namespace SiteGen.Text.Transcripts;

/// <summary>Recognises YouTube video ids (11 characters of [A-Za-z0-9_-]) alone or inside a watch/short URL.</summary>
internal static partial class YouTubeId
{
    public static bool IsId(ReadOnlySpan<char> text) => text.Length == 11 && IdPattern().IsMatch(text);

    public static string? FromUrlOrId(string text)
    {
        if (IsId(text))
        {
            return text;
        }

        var match = UrlPattern().Match(text);
        return match.Success ? match.Groups["id"].Value : null;
    }

    [GeneratedRegex(@"^[A-Za-z0-9_-]{11}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"(?:[?&]v=|youtu\.be/|/embed/|/shorts/|/live/)(?<id>[A-Za-z0-9_-]{11})(?![A-Za-z0-9_-])", RegexOptions.CultureInvariant)]
    private static partial Regex UrlPattern();
}
