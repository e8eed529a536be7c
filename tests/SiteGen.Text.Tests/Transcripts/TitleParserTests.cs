using SiteGen.Text.Transcripts;

namespace SiteGen.Text.Tests.Transcripts;

public sealed class TitleParserTests
{
    public static TheoryData<string, string, string, string, string> Titles()
    {
        var data = new TheoryData<string, string, string, string, string>();
        foreach (var line in File.ReadAllLines(RepositoryFiles.Spec("Transcripts", "titles.tsv")))
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                var p = line.Split('\t');
                data.Add(p[0], p[1], p[2], p[3], p[4]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Titles))]
    public void Title_yields_guests_topic_podcast_and_number(string title, string guests, string topic, string podcast, string number)
    {
        var m = TitleParser.Parse(title);

        Assert.Equal(guests == "-" ? [] : guests.Split(';'), m.Guests.ToArray());
        Assert.Equal(topic == "-" ? null : topic, m.Topic);
        Assert.Equal(podcast == "-" ? null : podcast, m.PodcastName);
        Assert.Equal(number == "-" ? null : int.Parse(number, System.Globalization.CultureInfo.InvariantCulture), m.EpisodeNumber);
        Assert.Equal(string.Join(' ', title.Split(' ', StringSplitOptions.RemoveEmptyEntries)), m.Title);
    }

    [Fact]
    public void Empty_title_yields_empty_metadata()
    {
        Assert.Equal(new TranscriptMetadata(), TitleParser.Parse("   "));
    }
}
