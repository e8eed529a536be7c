using System.Globalization;

namespace SiteGen.Rendering;

/// <summary>Invariant display formats, so pages are the same on every machine and culture.</summary>
internal static class Formats
{
    public static string Clock(TimeSpan time) => time.TotalHours >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{(int)time.TotalHours}:{time.Minutes:00}:{time.Seconds:00}")
        : string.Create(CultureInfo.InvariantCulture, $"{time.Minutes:00}:{time.Seconds:00}");

    public static string Duration(TimeSpan time) => time.TotalHours >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{(int)time.TotalHours} h {time.Minutes} min")
        : string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, (int)Math.Round(time.TotalMinutes))} min");

    public static string Date(DateOnly date) => date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Seconds(TimeSpan time) => ((long)time.TotalSeconds).ToString(CultureInfo.InvariantCulture);
}
