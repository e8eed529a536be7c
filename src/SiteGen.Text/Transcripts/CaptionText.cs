using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Text.Transcripts;

/// <summary>Turns marked-up cue text into plain words: voice spans, styling and karaoke tags removed, entities decoded.</summary>
internal static partial class CaptionText
{
    /// <summary>The speaker of the first voice span (&lt;v Name&gt; or &lt;v.class Name&gt;), if any.</summary>
    public static string? Voice(string text)
    {
        var match = VoiceTag().Match(text);
        return match.Success ? CollapseSpaces(match.Groups[1].Value) : null;
    }

    public static string Plain(string text)
    {
        var withoutTags = AnyTag().Replace(text, string.Empty);
        return CollapseSpaces(WebUtility.HtmlDecode(withoutTags));
    }

    /// <summary>Collapses every run of whitespace (no-break spaces included) to one space and trims.</summary>
    public static string CollapseSpaces(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"<v(?:\.[^\s>]+)*\s+([^>]+)>", RegexOptions.CultureInvariant)]
    private static partial Regex VoiceTag();

    // Tags are removed without a space: YouTube puts the spacing inside its <c> spans.
    [GeneratedRegex(@"</?[A-Za-z0-9][^<>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex AnyTag();
}
