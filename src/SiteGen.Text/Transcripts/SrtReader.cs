using System.Collections.Immutable;

namespace SiteGen.Text.Transcripts;

/// <summary>Reads SubRip: numbered cues, "00:00:01,000 --> 00:00:02,000", multi-line text, optional "Speaker:" prefix.</summary>
internal static class SrtReader
{
    public static Transcript Read(string[] lines)
    {
        var segments = ImmutableArray.CreateBuilder<TranscriptSegment>();
        var i = 0;
        while (i < lines.Length)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                i++;
                continue;
            }

            var blockStart = i;
            while (i < lines.Length && !string.IsNullOrWhiteSpace(lines[i]))
            {
                i++;
            }

            var block = lines.AsSpan(blockStart, i - blockStart);
            var timing = block[0].Contains(CueTiming.Arrow, StringComparison.Ordinal) ? 0 : 1;
            if (timing >= block.Length || !block[timing].Contains(CueTiming.Arrow, StringComparison.Ordinal))
            {
                var at = blockStart + Math.Min(timing, block.Length - 1) + 1;
                throw new TranscriptFormatException($"Expected a cue timing line ('00:00:01,000 --> 00:00:02,000') on line {at}.", at);
            }

            var (start, end) = CueTiming.Parse(block[timing], blockStart + timing + 1);
            var raw = CaptionText.Plain(string.Join(' ', block[(timing + 1)..].ToArray()));
            var header = TurnHeader.Parse(raw);
            var text = header.Speaker is null ? raw : header.Text;
            if (text.Length > 0)
            {
                segments.Add(new TranscriptSegment(text, start, end, header.Speaker, blockStart + 1));
            }
        }

        if (segments.Count == 0)
        {
            throw new TranscriptFormatException("The SRT file has no cue with text.", Math.Max(1, lines.Length));
        }

        return new Transcript(TranscriptFormat.Srt, new TranscriptMetadata(), segments.ToImmutable());
    }
}
