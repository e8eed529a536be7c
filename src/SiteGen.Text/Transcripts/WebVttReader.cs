using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace SiteGen.Text.Transcripts;

/// <summary>Reads WebVTT, including Whisper output and YouTube's rolling auto-captions.</summary>
internal static partial class WebVttReader
{
    public static Transcript Read(string[] lines)
    {
        if (lines.Length == 0 || !IsHeader(lines[0]))
        {
            throw new TranscriptFormatException("A WebVTT file must start with 'WEBVTT' on line 1.", 1);
        }

        var i = 0;
        string? language = null;
        for (; i < lines.Length && lines[i].Length > 0; i++)
        {
            if (lines[i].StartsWith("Language:", StringComparison.Ordinal))
            {
                language = NullIfEmpty(lines[i]["Language:".Length..].Trim());
            }
        }

        var firstCueLine = Math.Min(i + 2, lines.Length);
        var cues = new List<(TimeSpan Start, TimeSpan? End, string Raw, int Line)>();
        while (i < lines.Length)
        {
            // Blocks end at empty lines only: YouTube writes lines of a single space inside its cues.
            if (lines[i].Length == 0)
            {
                i++;
                continue;
            }

            var blockStart = i;
            while (i < lines.Length && lines[i].Length > 0)
            {
                i++;
            }

            var block = lines.AsSpan(blockStart, i - blockStart);
            if (IsSkippedBlock(block[0]))
            {
                continue;
            }

            var timingIndex = block[0].Contains(CueTiming.Arrow, StringComparison.Ordinal) ? 0
                : block.Length > 1 && block[1].Contains(CueTiming.Arrow, StringComparison.Ordinal) ? 1
                : -1;
            if (timingIndex < 0)
            {
                var at = blockStart + Math.Min(1, block.Length - 1) + 1;
                throw new TranscriptFormatException($"Expected a cue timing line ('start --> end') on line {at}.", at);
            }

            // A missing blank line between cues leaves two cues in one block; each timing line starts its own.
            for (var at = timingIndex; at < block.Length;)
            {
                var next = CueTiming.NextTimingLine(block, at + 1);
                var (start, end) = CueTiming.Parse(block[at], blockStart + at + 1);
                var line = at == timingIndex ? blockStart + 1 : blockStart + at + 1;
                cues.Add((start, end, string.Join('\n', block[(at + 1)..CueTiming.TextEnd(block, at, next)].ToArray()), line));
                at = next;
            }
        }

        var rolling = IsRolling(cues.Select(c => c.Raw).ToList());
        var segments = ImmutableArray.CreateBuilder<TranscriptSegment>();
        string[] previousWords = [];
        foreach (var (start, end, raw, line) in cues)
        {
            var words = CaptionText.Plain(raw.Replace('\n', ' ')).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var repeated = rolling ? RollingOverlap(previousWords, words) : 0;
            if (words.Length > 0)
            {
                previousWords = words;
            }

            if (repeated < words.Length)
            {
                var text = string.Join(' ', words, repeated, words.Length - repeated);
                segments.Add(new TranscriptSegment(text, start, end, CaptionText.Voice(raw), line));
            }
        }

        if (segments.Count == 0)
        {
            throw new TranscriptFormatException("The WebVTT file has no cue with text.", firstCueLine);
        }

        return new Transcript(TranscriptFormat.WebVtt, new TranscriptMetadata { Language = language }, segments.ToImmutable());
    }

    /// <summary>
    /// YouTube's rolling captions carry karaoke timestamps or repeat each cue's last line as the next cue's first.
    /// Only such files are de-duplicated: in other captions a repeat across cues is speech ("Would you? Would you...").
    /// </summary>
    private static bool IsRolling(List<string> cues)
    {
        var repeats = 0;
        string? previousLast = null;
        foreach (var raw in cues)
        {
            if (raw.Contains("<c>", StringComparison.Ordinal) || KaraokeTag().IsMatch(raw))
            {
                return true;
            }

            var cueLines = raw.Split('\n').Select(l => CaptionText.Plain(l)).Where(l => l.Length > 0).ToArray();
            if (cueLines.Length == 0)
            {
                continue;
            }

            repeats += previousLast is not null && string.Equals(cueLines[0], previousLast, StringComparison.Ordinal) ? 1 : 0;
            previousLast = cueLines[^1];
        }

        return cues.Count > 1 && repeats * 3 >= cues.Count;
    }

    private static bool IsHeader(string line) =>
        line.StartsWith("WEBVTT", StringComparison.Ordinal) && (line.Length == 6 || line[6] is ' ' or '\t');

    private static bool IsSkippedBlock(string first) =>
        StartsWithKeyword(first, "NOTE") || StartsWithKeyword(first, "STYLE") || StartsWithKeyword(first, "REGION");

    private static bool StartsWithKeyword(string line, string keyword) =>
        line.StartsWith(keyword, StringComparison.Ordinal) && (line.Length == keyword.Length || char.IsWhiteSpace(line[keyword.Length]));

    /// <summary>
    /// How many leading words of a cue repeat the tail of the previous cue. YouTube's rolling captions show each line
    /// twice; a single repeated word is left alone because speech repeats words across cues too.
    /// </summary>
    internal static int RollingOverlap(string[] previous, string[] current)
    {
        for (var k = Math.Min(previous.Length, current.Length); k >= 2; k--)
        {
            var matches = true;
            for (var j = 0; j < k && matches; j++)
            {
                matches = SameWord(previous[previous.Length - k + j], current[j]);
            }

            if (matches)
            {
                return k;
            }
        }

        return 0;
    }

    private static bool SameWord(string a, string b)
    {
        var x = a.AsSpan().Trim(TrimmedPunctuation);
        var y = b.AsSpan().Trim(TrimmedPunctuation);
        return x.Equals(y, StringComparison.OrdinalIgnoreCase);
    }

    private const string TrimmedPunctuation = ".,!?;:\"'()[]…";

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    [GeneratedRegex(@"<\d{1,2}:\d{2}(?::\d{2})?\.\d{3}>", RegexOptions.CultureInvariant)]
    private static partial Regex KaraokeTag();
}
