namespace SiteGen.Text.Transcripts;

/// <summary>Splits file content into lines, accepting any newline convention and a leading byte-order mark.</summary>
internal static class SourceLines
{
    public static string[] Split(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var text = content.Length > 0 && content[0] == '\uFEFF' ? content[1..] : content;
        return text.ReplaceLineEndings("\n").Split('\n');
    }
}
