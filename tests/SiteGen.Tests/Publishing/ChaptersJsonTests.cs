using System.Text.Json;
using SiteGen.Publishing;

namespace SiteGen.Tests.Publishing;

public sealed class ChaptersJsonTests
{
    private static readonly ChapterMark[] Chapters =
    [
        new(TimeSpan.FromSeconds(312.5), "Gato & \"generalist\" agents"),
        new(TimeSpan.FromSeconds(12), "Introduction"),
        new(new TimeSpan(1, 2, 3), "Consciousness\nand AGI"),
    ];

    [Fact]
    public void Json_chapters_follow_the_podcasting_2_format_in_start_order()
    {
        using JsonDocument doc = JsonDocument.Parse(ChaptersJson.Write(Chapters, episodeTitle: "Episode 12"));

        Assert.Equal("1.2.0", doc.RootElement.GetProperty("version").GetString());
        Assert.Equal("Episode 12", doc.RootElement.GetProperty("title").GetString());
        JsonElement[] chapters = [.. doc.RootElement.GetProperty("chapters").EnumerateArray()];
        Assert.Equal([12, 312.5, 3723], chapters.Select(c => c.GetProperty("startTime").GetDouble()));
        Assert.Equal("Gato & \"generalist\" agents", chapters[1].GetProperty("title").GetString());
        Assert.Equal("Consciousness and AGI", chapters[2].GetProperty("title").GetString());
    }

    [Fact]
    public void YouTube_list_starts_at_zero_and_uses_hours_only_past_an_hour()
    {
        Assert.Equal(
            "00:00 Introduction\n05:12 Gato & \"generalist\" agents\n1:02:03 Consciousness and AGI\n",
            ChaptersJson.YouTubeList(Chapters));
    }

    [Fact]
    public void Hostile_titles_stay_inert_in_json()
    {
        string json = ChaptersJson.Write([new ChapterMark(TimeSpan.Zero, "</script><script>alert(1)</script>")]);

        Assert.DoesNotContain("<", json, StringComparison.Ordinal);
        using JsonDocument doc = JsonDocument.Parse(json);
        Assert.Equal("</script><script>alert(1)</script>", doc.RootElement.GetProperty("chapters")[0].GetProperty("title").GetString());
    }
}
