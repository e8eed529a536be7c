using System.Globalization;
using System.Text;

namespace SiteGen.Publishing;

/// <summary>Chapter lists for podcast apps (Podcasting 2.0 JSON chapters) and for a YouTube description.</summary>
internal static class ChaptersJson
{
    public const string MimeType = "application/json+chapters";

    /// <summary>The Podcasting 2.0 chapters file, chapters in start order.</summary>
    public static string Write(IEnumerable<ChapterMark> chapters, string? podcastName = null, string? episodeTitle = null)
    {
        ArgumentNullException.ThrowIfNull(chapters);
        ChapterMark[] ordered = Ordered(chapters);
        return SafeJson.Write(json =>
        {
            json.WriteStartObject();
            json.WriteString("version", "1.2.0");
            if (podcastName is { Length: > 0 })
            {
                json.WriteString("podcastName", podcastName);
            }

            if (episodeTitle is { Length: > 0 })
            {
                json.WriteString("title", episodeTitle);
            }

            json.WriteStartArray("chapters");
            foreach (ChapterMark chapter in ordered)
            {
                json.WriteStartObject();
                SafeJson.WriteSeconds(json, "startTime", chapter.Start);
                json.WriteString("title", OneLine(chapter.Title));
                if (chapter.Img is { Length: > 0 } img)
                {
                    json.WriteString("img", img);
                }

                if (chapter.Url is { Length: > 0 } url)
                {
                    json.WriteString("url", url);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    /// <summary>
    /// "00:00 Introduction" lines for a YouTube description. YouTube only makes chapters when the first starts at
    /// 00:00, so the first chapter is shown at 00:00 whatever its start.
    /// </summary>
    public static string YouTubeList(IEnumerable<ChapterMark> chapters)
    {
        ArgumentNullException.ThrowIfNull(chapters);
        ChapterMark[] ordered = Ordered(chapters);
        var text = new StringBuilder();
        for (int i = 0; i < ordered.Length; i++)
        {
            TimeSpan start = i == 0 ? TimeSpan.Zero : ordered[i].Start;
            text.Append(Stamp(start)).Append(' ').Append(OneLine(ordered[i].Title)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>"05:12" under an hour, "1:02:03" past it; YouTube reads both in one list.</summary>
    private static string Stamp(TimeSpan t)
    {
        long seconds = (long)t.TotalSeconds;
        return seconds >= 3600
            ? string.Create(CultureInfo.InvariantCulture, $"{seconds / 3600}:{seconds / 60 % 60:D2}:{seconds % 60:D2}")
            : string.Create(CultureInfo.InvariantCulture, $"{seconds / 60:D2}:{seconds % 60:D2}");
    }

    private static ChapterMark[] Ordered(IEnumerable<ChapterMark> chapters) =>
        [.. chapters.Select((c, i) => (c, i)).OrderBy(x => x.c.Start).ThenBy(x => x.i).Select(x => x.c)];

    private static string OneLine(string title) =>
        string.Join(' ', title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
