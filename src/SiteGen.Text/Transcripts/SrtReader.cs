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

            // A missing blank line between cues leaves two cues in one block; each timing line starts its own.
            for (var at = timing; at < block.Length;)
            {
                var next = CueTiming.NextTimingLine(block, at + 1);
                var (start, end) = CueTiming.Parse(block[at], blockStart + at + 1);
                var raw = CaptionText.Plain(string.Join(' ', block[(at + 1)..CueTiming.TextEnd(block, at, next)].ToArray()));
                var header = TurnHeader.Parse(raw);
                var text = header.Speaker is null ? raw : header.Text;
                if (text.Length > 0)
                {
                    segments.Add(new TranscriptSegment(text, start, end, header.Speaker, at == timing ? blockStart + 1 : blockStart + at + 1));
                }

                at = next;
            }
        }

        if (segments.Count == 0)
        {
            throw new TranscriptFormatException("The SRT file has no cue with text.", Math.Max(1, lines.Length));
        }

        return new Transcript(TranscriptFormat.Srt, new TranscriptMetadata(), segments.ToImmutable());
    }
}
