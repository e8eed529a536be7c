using System.Collections.Immutable;
using SiteGen.Text.Transcripts;

namespace SiteGen.Text.Prose;

/// <summary>Turns transcript segments into one stream of words.</summary>
public static class WordStream
{
    /// <summary>
    /// Splits each segment on whitespace. A segment with both start and end spreads its words' starts across its
    /// span by character offset; a segment with only a start gives that start to every word. Speakers are carried.
    /// </summary>
    public static ImmutableArray<TimedWord> FromSegments(ImmutableArray<TranscriptSegment> segments)
    {
        if (segments.IsDefaultOrEmpty)
        {
            return [];
        }

        var words = ImmutableArray.CreateBuilder<TimedWord>();
        foreach (var segment in segments)
        {
            var text = segment.Text.AsSpan();
            var span = segment is { Start: { } s, End: { } e } && e > s ? e - s : (TimeSpan?)null;
            var i = 0;
            while (i < text.Length)
            {
                if (char.IsWhiteSpace(text[i]))
                {
                    i++;
                    continue;
                }

                var begin = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                var start = span is { } length
                    ? segment.Start!.Value + TimeSpan.FromTicks(length.Ticks * begin / text.Length)
                    : segment.Start;
                words.Add(new TimedWord(text[begin..i].ToString(), start, segment.Speaker));
            }
        }

        return words.ToImmutable();
    }
}
