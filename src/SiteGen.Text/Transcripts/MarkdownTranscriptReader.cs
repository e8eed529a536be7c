using System.Text.RegularExpressions;

namespace SiteGen.Text.Transcripts;

/// <summary>
/// Reads a Markdown transcript: optional YAML front matter, then paragraphs or speaker turns. Headings, lists, tables,
/// code and HTML comments are not speech; the first level-one heading serves as the title when the front matter has none.
/// </summary>
internal static partial class MarkdownTranscriptReader
{
    public static Transcript Read(string fileName, string[] lines)
    {
        var metadata = new TranscriptMetadata();
        var i = 0;
        if (lines.Length > 0 && lines[0].TrimEnd() == "---")
        {
            var close = Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "...");
            if (close < 0)
            {
                throw new TranscriptFormatException($"{fileName}: the front matter opened on line 1 is never closed with '---'.", 1);
            }

            metadata = MetadataReader.ReadYaml(fileName, string.Join('\n', lines[1..close]), 1);
            i = close + 1;
        }

        var bodyLine = Math.Min(i + 1, Math.Max(1, lines.Length));
        string? heading = null;
        var collector = new TurnCollector();
        var inParagraph = false;
        var inFence = false;
        var inComment = false;
        for (; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.Trim();
            if (inComment)
            {
                inComment = !trimmed.Contains("-->", StringComparison.Ordinal);
                continue;
            }

            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                inFence = !inFence;
                EndParagraph();
                continue;
            }

            if (inFence)
            {
                continue;
            }

            if (trimmed.StartsWith("<!--", StringComparison.Ordinal))
            {
                inComment = !trimmed.Contains("-->", StringComparison.Ordinal);
                EndParagraph();
                continue;
            }

            if (trimmed.Length == 0 || IsStructure(trimmed))
            {
                if (heading is null && trimmed.StartsWith("# ", StringComparison.Ordinal))
                {
                    heading = Inline(trimmed[2..]).Trim();
                }

                EndParagraph();
                continue;
            }

            if (trimmed.StartsWith('>'))
            {
                line = trimmed.TrimStart('>');
            }

            collector.Add(Inline(Pattern.LinkedTimestamp().Replace(line, "(${ts})")), i + 1, !inParagraph);
            inParagraph = true;
        }

        var segments = collector.Build(dropPreamble: collector.HasLabelledTurn, dropUntimed: collector.AllTurnsTimed);
        if (segments.IsEmpty)
        {
            throw new TranscriptFormatException($"{fileName}: the transcript has no spoken text.", bodyLine);
        }

        if (metadata.Title is null && heading is { Length: > 0 })
        {
            metadata = MetadataReader.Merge(TitleParser.Parse(heading), metadata);
        }

        return new Transcript(TranscriptFormat.Markdown, metadata, segments);

        void EndParagraph()
        {
            collector.EndParagraph();
            inParagraph = false;
        }
    }

    private static bool IsStructure(string trimmed) =>
        trimmed[0] == '#' || trimmed[0] == '|' || ListItem().IsMatch(trimmed) || Rule().IsMatch(trimmed);

    /// <summary>Inline Markdown reduced to its text; "**Speaker:**" labels stay for the turn parser.</summary>
    private static string Inline(string text)
    {
        text = Image().Replace(text, string.Empty);
        text = Link().Replace(text, "${text}");
        text = HtmlTag().Replace(text, string.Empty);
        text = text.Replace("`", string.Empty, StringComparison.Ordinal);
        var label = LeadingBold().Match(text);
        var head = label.Success ? label.Value : string.Empty;
        var body = text[head.Length..].Replace("**", string.Empty, StringComparison.Ordinal).Replace("__", string.Empty, StringComparison.Ordinal);
        body = Emphasis().Replace(body, "${inner}");
        return head + body.Replace("\\", string.Empty, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^(?:[-*+]|\d{1,3}[.)])\s", RegexOptions.CultureInvariant)]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^(?:-{3,}|\*{3,}|_{3,}|={3,})$", RegexOptions.CultureInvariant)]
    private static partial Regex Rule();

    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)", RegexOptions.CultureInvariant)]
    private static partial Regex Image();

    [GeneratedRegex(@"\[(?<text>[^\]]*)\]\([^)\s]*(?:\s+""[^""]*"")?\)", RegexOptions.CultureInvariant)]
    private static partial Regex Link();

    [GeneratedRegex(@"</?[A-Za-z][^<>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"^\s*\*\*[^*]{1,60}(?::\s*\*\*|\*\*\s*:|\*\*(?=\s*[(\[]\d))", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingBold();

    [GeneratedRegex(@"(?<![\w*])[*_](?<inner>[^*_\s][^*_]*?)[*_](?![\w*])", RegexOptions.CultureInvariant)]
    private static partial Regex Emphasis();
}
