using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SiteGen.Text.Transcripts;

/// <summary>
/// Derives guests, topic, podcast name and episode number from an episode title such as
/// "Jane Doe &amp; John Roe: Reef Acoustics | The Long Signal Podcast #12".
/// </summary>
public static partial class TitleParser
{
    private const int MaxWordsPerGuest = 5;

    /// <summary>
    /// Returns metadata holding <see cref="TranscriptMetadata.Title"/> (the title as given, trimmed) and whatever else
    /// the title reveals; parts that are not there stay null or empty.
    /// </summary>
    public static TranscriptMetadata Parse(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var rest = CaptionText.CollapseSpaces(title);
        if (rest.Length == 0)
        {
            return new TranscriptMetadata();
        }

        var original = rest;
        int? number = null;
        string? podcast = null;

        var leading = LeadingNumber().Match(rest);
        if (leading.Success)
        {
            number = ParseNumber(leading.Groups["n"].Value);
            rest = rest[leading.Length..];
        }

        var bar = rest.LastIndexOf(" | ", StringComparison.Ordinal);
        if (bar >= 0)
        {
            var right = rest[(bar + 3)..].Trim();
            rest = rest[..bar].Trim();
            var numbered = TrailingNumber().Match(right);
            if (numbered.Success)
            {
                number ??= ParseNumber(numbered.Groups["n"].Value);
                right = right[..numbered.Index].Trim();
            }

            podcast = right.Length == 0 ? null : right;
        }
        else
        {
            var numbered = TrailingNumber().Match(rest);
            if (numbered.Success && numbered.Index > 0)
            {
                number ??= ParseNumber(numbered.Groups["n"].Value);
                rest = rest[..numbered.Index].Trim();
            }
        }

        ImmutableArray<string> guests = [];
        var topic = rest;
        var colon = rest.IndexOf(": ", StringComparison.Ordinal);
        if (colon > 0)
        {
            var candidates = SplitNames(rest[..colon]);
            if (!candidates.IsEmpty)
            {
                guests = candidates;
                topic = rest[(colon + 2)..].Trim();
            }
        }

        if (guests.IsEmpty && InterviewOf().Match(rest) is { Success: true } interview)
        {
            guests = SplitNames(interview.Groups["g"].Value);
        }

        return new TranscriptMetadata
        {
            Title = original,
            Topic = topic.Length == 0 ? null : topic,
            Guests = guests,
            PodcastName = podcast,
            EpisodeNumber = number,
        };
    }

    /// <summary>
    /// Splits "A &amp; B", "A and B", "A, B and C" into names; empty when the text does not look like a list of names
    /// (each name a few words, each starting with a capital letter or a digit).
    /// </summary>
    public static ImmutableArray<string> SplitNames(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var names = ImmutableArray.CreateBuilder<string>();
        foreach (var part in NameSeparator().Split(text))
        {
            var name = part.Trim();
            if (name.Length == 0)
            {
                continue;
            }

            if (!LooksLikeName(name))
            {
                return [];
            }

            names.Add(name);
        }

        return names.ToImmutable();
    }

    private static bool LooksLikeName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > MaxWordsPerGuest)
        {
            return false;
        }

        // Particles such as "de" or "van" may be lowercase, but a name starts with a capital.
        return char.IsUpper(words[0][0]) && words.All(w => char.IsUpper(w[0]) || char.IsDigit(w[0]) || w.Length <= 3);
    }

    private static int? ParseNumber(string digits) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    [GeneratedRegex(@"^(?:#|(?:Episode|Ep\.?)\s*#?)?(?<n>\d{1,5})\s*[-–—:.|]\s+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"\s*[(\[]?(?:#|No\.\s*|Ep\.?\s*#?|Episode\s+#?)(?<n>\d{1,5})[)\]]?\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TrailingNumber();

    /// <summary>"Jane Doe Interview", "Interview with Jane Doe", "A Conversation with Jane Doe".</summary>
    [GeneratedRegex(@"^(?:(?<g>.+?)\s+Interview|(?:An?\s+)?(?:Interview|Conversation|Chat)\s+with\s+(?<g>.+))$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex InterviewOf();

    [GeneratedRegex(@"\s*(?:,|&|\+|\band\b)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex NameSeparator();
}
