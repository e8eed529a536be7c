using System.Collections.Immutable;

namespace SiteGen.Text.Transcripts;

/// <summary>Reads plain text: paragraphs split by blank lines, optional "Speaker: text" lines and leading timestamps.</summary>
internal static class PlainTextReader
{
    public static Transcript Read(string[] lines)
    {
        var collector = new TurnCollector();
        var inParagraph = false;
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                collector.EndParagraph();
                inParagraph = false;
                continue;
            }

            collector.Add(lines[i], i + 1, !inParagraph);
            inParagraph = true;
        }

        var segments = collector.Build(dropPreamble: false, dropUntimed: false);
        if (segments.IsEmpty)
        {
            throw new TranscriptFormatException("The transcript is empty.", 1);
        }

        return new Transcript(TranscriptFormat.PlainText, new TranscriptMetadata(), segments);
    }
}
