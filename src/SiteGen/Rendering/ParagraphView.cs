using System.Globalization;

namespace SiteGen.Rendering;

internal sealed record ParagraphView(string Id, string? Time, double? Seconds, string? SeekUrl, string? Speaker, string Html)
{
    /// <summary>The anchor of the 0-based paragraph.</summary>
    public static string AnchorOf(int paragraph) => string.Create(CultureInfo.InvariantCulture, $"p{paragraph + 1}");
}
