using System.Text.RegularExpressions;

namespace SiteGen.Text.Transcripts;

/// <summary>
/// The start of a speaker turn in plain text or Markdown: an optional timestamp ("(00:01:02)", "[01:02]", "00:01:02"),
/// an optional speaker label ("Maya:", "**Maya:**", "Maya (00:01:02)") and the spoken text.
/// </summary>
internal readonly record struct TurnHeader(TimeSpan? Start, string? Speaker, string Text)
{
    public bool StartsTurn => Start is not null || Speaker is not null;

    public static TurnHeader Parse(string line)
    {
        var match = Pattern.Header().Match(line);
        if (!match.Success)
        {
            return new TurnHeader(null, null, line.Trim());
        }

        var speaker = match.Groups["sp"].Success ? CaptionText.CollapseSpaces(match.Groups["sp"].Value) : null;
        if (speaker is not null && NotSpeakers.Contains(speaker))
        {
            // "So: ..." or "Note: ..." is prose, not a label; the timestamp alone may still hold.
            speaker = null;
            if (!match.Groups["ts1"].Success)
            {
                return new TurnHeader(null, null, line.Trim());
            }
        }

        TimeSpan? start = null;
        foreach (var name in (ReadOnlySpan<string>)["ts1", "ts2"])
        {
            if (match.Groups[name].Success && TimeParser.TryParseClock(match.Groups[name].ValueSpan, out var time))
            {
                start ??= time;
            }
        }

        var text = match.Groups["text"].Value.Trim();
        if (speaker is null && start is null)
        {
            text = line.Trim();
        }

        return new TurnHeader(start, speaker, text);
    }

    private static readonly HashSet<string> NotSpeakers = new(StringComparer.OrdinalIgnoreCase)
    {
        "So", "Now", "Well", "Note", "Update", "Yes", "No", "Okay", "Ok", "And", "But", "Also", "Then", "Here",
        "First", "Second", "Third", "Edit", "Warning", "Example", "Tip", "PS", "P.S.", "Source", "Summary", "Answer",
        "Question", "Because", "Remember", "Look", "Listen", "Anyway", "Right", "Hint", "Important", "Result",
    };
}
