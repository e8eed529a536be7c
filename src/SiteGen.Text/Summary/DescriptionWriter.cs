using System.Text;

namespace SiteGen.Text.Summary;

/// <summary>The one-sentence description for meta tags and episode lists.</summary>
internal static class DescriptionWriter
{
    public const int MaxLength = 160;

    /// <summary>
    /// The first summary sentence when it introduces the guest; otherwise "A conversation with X about A, B and C."
    /// from the chapter topics; otherwise the first summary sentence. Always at most <see cref="MaxLength"/> characters.
    /// </summary>
    public static string Write(IReadOnlyList<string> sentences, bool startsWithIntroduction, IReadOnlyList<string> guests, IReadOnlyList<string> topics)
    {
        if (startsWithIntroduction && sentences.Count > 0)
        {
            return Fit(sentences[0], MaxLength);
        }

        if (topics.Count > 0)
        {
            var text = new StringBuilder("A conversation");
            if (guests.Count > 0)
            {
                text.Append(" with ").Append(JoinList(guests));
            }

            var about = new List<string>();
            foreach (var topic in topics)
            {
                about.Add(topic);
                if (about.Count == 3)
                {
                    break;
                }
            }

            text.Append(" about ").Append(JoinList(about)).Append('.');
            return Fit(text.ToString(), MaxLength);
        }

        return sentences.Count > 0 ? Fit(sentences[0], MaxLength) : string.Empty;
    }

    /// <summary>Cuts <paramref name="text"/> at a word boundary and adds an ellipsis, only when it is too long.</summary>
    public static string Fit(string text, int maxLength)
    {
        text = text.Trim();
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', maxLength - 1);
        var head = (cut > 0 ? text[..cut] : text[..(maxLength - 1)]).TrimEnd(' ', ',', ';', ':', '-', '\u2013', '\u2014', '.');
        return head + "\u2026";
    }

    private static string JoinList(IReadOnlyList<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };
}
