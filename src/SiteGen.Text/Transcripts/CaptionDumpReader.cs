using System.Collections.Immutable;
using System.Net;
using System.Text.RegularExpressions;

namespace SiteGen.Text.Transcripts;

/// <summary>
/// Reads the raw caption dump: page noise, a "Transcript" line, "&lt;video id&gt; • &lt;title&gt;", a source path
/// (never kept), then "Kind: captions Language: en &lt;text&gt;" with the text possibly continuing on later lines.
/// </summary>
internal static partial class CaptionDumpReader
{
    /// <summary>True when the lines carry a caption-dump header.</summary>
    public static bool Detect(string[] lines) => FindHeader(lines) >= 0 || FirstKindLine(lines) >= 0;

    public static Transcript Read(string[] lines)
    {
        var metadata = new TranscriptMetadata();
        int kindIndex;
        var header = FindHeader(lines);
        if (header >= 0)
        {
            var idLine = IdLine().Match(lines[header + 1].Trim());
            metadata = TitleParser.Parse(idLine.Groups["title"].Value) with { VideoId = idLine.Groups["id"].Value };
            kindIndex = Array.FindIndex(lines, header + 2, l => l.TrimStart().StartsWith("Kind:", StringComparison.Ordinal));
            if (kindIndex < 0)
            {
                var at = Math.Min(header + 4, lines.Length);
                throw new TranscriptFormatException(
                    $"Expected a 'Kind: captions Language: <code>' line after the video line (line {header + 2}).", at);
            }
        }
        else
        {
            kindIndex = FirstKindLine(lines);
        }

        var kind = KindLine().Match(lines[kindIndex].Trim());
        if (!kind.Success)
        {
            throw new TranscriptFormatException(
                $"Malformed caption header on line {kindIndex + 1}: expected 'Kind: captions Language: <code> <text>'.", kindIndex + 1);
        }

        metadata = metadata with { Language = kind.Groups["lang"].Value };
        var segments = ImmutableArray.CreateBuilder<TranscriptSegment>();
        AddText(segments, kind.Groups["text"].Value, kindIndex + 1);
        for (var i = kindIndex + 1; i < lines.Length; i++)
        {
            AddText(segments, lines[i], i + 1);
        }

        if (segments.Count == 0)
        {
            throw new TranscriptFormatException($"The caption dump has no text after its header on line {kindIndex + 1}.", kindIndex + 1);
        }

        return new Transcript(TranscriptFormat.CaptionDump, metadata, segments.ToImmutable());
    }

    private static void AddText(ImmutableArray<TranscriptSegment>.Builder segments, string text, int line)
    {
        // Dumps are copied from a web page's transcript panel, which escapes "AT&T" as "at&amp;t".
        var clean = CaptionText.CollapseSpaces(WebUtility.HtmlDecode(text));
        if (clean.Length > 0)
        {
            segments.Add(new TranscriptSegment(clean, null, null, null, line));
        }
    }

    private static int FindHeader(string[] lines)
    {
        for (var i = 0; i + 1 < lines.Length; i++)
        {
            if (lines[i].Trim() == "Transcript" && IdLine().IsMatch(lines[i + 1].Trim()))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A dump without the page header still opens with its "Kind: captions" line.</summary>
    private static int FirstKindLine(string[] lines)
    {
        var first = Array.FindIndex(lines, l => l.Trim().Length > 0);
        return first >= 0 && lines[first].TrimStart().StartsWith("Kind: captions", StringComparison.Ordinal) ? first : -1;
    }

    [GeneratedRegex(@"^(?<id>[A-Za-z0-9_-]{11})\s+\u2022\s+(?<title>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex IdLine();

    [GeneratedRegex(@"^Kind:\s*(?<kind>\S+)\s+Language:\s*(?<lang>[A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)(?:\s+(?<text>.*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex KindLine();
}
