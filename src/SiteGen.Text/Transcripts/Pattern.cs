using System.Text.RegularExpressions;

namespace SiteGen.Text.Transcripts;

/// <summary>Regular expressions shared by the text-based readers.</summary>
internal static partial class Pattern
{
    private const string Clock = @"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?";
    // A name is up to five capitalised words; particles ("de", "van") and prefixed parts ("el-Kurd", "d'Arc") too.
    private const string Name = @"\p{Lu}[\p{L}\p{M}\p{Nd}_'’.\-]*(?:\s(?:(?:[a-z]{1,3}[-'’])?\p{Lu}[\p{L}\p{M}\p{Nd}_'’.\-]*|\d+|de|da|del|der|van|von|la|le|bin|al|du|dos)){0,4}";
    private const string Bracketed = @"[(\[]\s*" + Clock + @"\s*[)\]]";

    [GeneratedRegex(
        @"^\s*(?:(?:[(\[]\s*(?<ts1>" + Clock + @")\s*[)\]]|(?<ts1>\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)(?=\s))\s*[-–:]?\s*)?" +
        @"(?:\*\*(?<sp>" + Name + @")\s*(?::\s*\*\*|\*\*\s*:|\*\*(?=\s*" + Bracketed + @"))" +
        @"|(?<sp>" + Name + @")\s*:(?=\s|$)" +
        @"|(?<sp>" + Name + @")(?=\s*" + Bracketed + @"))?" +
        @"\s*(?:[(\[]\s*(?<ts2>" + Clock + @")\s*[)\]]\s*:?)?" +
        @"\s*(?<text>.*)$",
        RegexOptions.CultureInvariant)]
    public static partial Regex Header();

    /// <summary>A Markdown link around a timestamp: "[(00:01:02)](https://...)" or "[00:01:02](https://...)".</summary>
    [GeneratedRegex(@"\[\(?(?<ts>" + Clock + @")\)?\]\([^)\s]*\)", RegexOptions.CultureInvariant)]
    public static partial Regex LinkedTimestamp();
}
