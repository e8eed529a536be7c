using System.Text;

namespace SiteGen.Text.Summary;

/// <summary>The one-sentence description for meta tags and episode lists.</summary>
internal static class DescriptionWriter
{
    public const int MaxLength = 160;

    // A leading clause shorter than this says too little to stand for the episode.
    private const int MinClause = 40;

    private static readonly char[] ClauseMarks = [',', ';'];

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

    /// <summary>
    /// Shortens <paramref name="text"/> only when it is too long: to its leading clause when that is a sentence on its
    /// own ("X is a biochemist at UCL, and author of..." keeps "X is a biochemist at UCL."), else at a word boundary
    /// with an ellipsis.
    /// </summary>
    public static string Fit(string text, int maxLength)
    {
        text = text.Trim();
        if (text.Length <= maxLength)
        {
            return text;
        }

        // The first clause that can stand alone, not the longest: later commas are mostly inside lists.
        for (var mark = text.IndexOfAny(ClauseMarks, MinClause); mark >= 0 && mark < maxLength - 1; mark = text.IndexOfAny(ClauseMarks, mark + 1))
        {
            var clause = text[..mark].TrimEnd();
            if (text[mark + 1] == ' ' && SentenceSuitability.HasFiniteVerb(clause))
            {
                return clause + ".";
            }
        }

        var cut = text.LastIndexOf(' ', maxLength - 1);
        var head = (cut > 0 ? text[..cut] : text[..(maxLength - 1)]).TrimEnd(' ', ',', ';', ':', '-', '\u2013', '\u2014', '.');
        return head + "\u2026";
    }

    public static string JoinList(IReadOnlyList<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };
}
