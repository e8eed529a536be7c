using SiteGen.Text.Transcripts;

namespace SiteGen.Text.Tests.Transcripts;

public sealed class MetadataReaderTests
{
    [Fact]
    public void Sidecar_reads_every_key_and_alternative_spellings()
    {
        const string yaml = """
            title: Reef Sound
            number: 12
            date: 2025-06-01T09:30:00Z
            guests: Marie de la Cruz & Tomas Reyes
            audio_size: 1200
            video_id: AbCdEfGhI_k
            duration: 3723.5
            draft: yes
            podcast: The Long Signal Podcast
            extra:
              nested: ignored
            """;

        var m = MetadataReader.ReadYaml("ep.yml", yaml);

        Assert.Equal("Reef Sound", m.Title);
        Assert.Equal("Reef Sound", m.Topic);
        Assert.Equal(12, m.EpisodeNumber);
        Assert.Equal(new DateOnly(2025, 6, 1), m.Date);
        Assert.Equal<string>(["Marie de la Cruz", "Tomas Reyes"], m.Guests);
        Assert.Equal(1200L, m.AudioSize);
        Assert.Equal("AbCdEfGhI_k", m.VideoId);
        Assert.Equal(TimeSpan.FromSeconds(3723.5), m.Duration);
        Assert.True(m.Draft);
        Assert.Equal("The Long Signal Podcast", m.PodcastName);
    }

    [Theory]
    [InlineData("youtube: https://youtu.be/AbCdEfGhI_k", "AbCdEfGhI_k")]
    [InlineData("youtube: \"https://www.youtube.com/watch?v=Ab-dEfGhI_k&t=10\"", "Ab-dEfGhI_k")]
    [InlineData("video_id: AbCdEfGhI_k", "AbCdEfGhI_k")]
    public void Video_id_is_taken_from_an_id_or_a_url(string yaml, string id)
    {
        Assert.Equal(id, MetadataReader.ReadYaml("ep.yml", yaml).VideoId);
    }

    [Theory]
    [InlineData("duration: \"1:02:03\"", 3723)]
    [InlineData("duration: \"02:03\"", 123)]
    [InlineData("duration: 90", 90)]
    public void Duration_is_a_clock_or_seconds(string yaml, int seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), MetadataReader.ReadYaml("ep.yml", yaml).Duration);
    }

    [Fact]
    public void Explicit_guests_win_over_the_title()
    {
        var m = MetadataReader.ReadYaml("ep.yml", "title: \"Ada Okafor: Compilers\"\nguests: [Lin Wei]");

        Assert.Equal<string>(["Lin Wei"], m.Guests);
        Assert.Equal("Compilers", m.Topic);
    }

    [Theory]
    [InlineData("title: ok\nguests:\n  nested: map", 3, "'guests' on line 3 must be")]
    [InlineData("title: ok\n\ndraft: maybe", 3, "'draft' on line 3 must be true or false")]
    [InlineData("audio_size: big", 1, "'audio_size' on line 1 must be a whole number")]
    [InlineData("duration: long", 1, "'duration' on line 1 must be a duration")]
    [InlineData("youtube: https://example.com/video", 1, "'youtube' on line 1 must be a YouTube video id or URL")]
    [InlineData("title: [a, b]", 1, "'title' on line 1 must be text")]
    [InlineData("- just\n- a list", 1, "must be a mapping")]
    [InlineData("title: \"unclosed\nslug: x", 1, "invalid YAML on line 1")]
    public void Wrong_types_fail_with_the_line(string yaml, int line, string message)
    {
        var ex = Assert.Throws<TranscriptFormatException>(() => MetadataReader.ReadYaml("ep.yml", yaml));

        Assert.Equal(line, ex.Line);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_yaml_and_null_values_leave_metadata_empty()
    {
        Assert.Equal(new TranscriptMetadata(), MetadataReader.ReadYaml("ep.yml", ""));
        Assert.Equal(new TranscriptMetadata(), MetadataReader.ReadYaml("ep.yml", "title:\ndate: ~\nguests: null"));
    }

    [Fact]
    public void Merge_prefers_the_sidecar_and_keeps_the_rest()
    {
        var header = new TranscriptMetadata { Title = "Header", VideoId = "AbCdEfGhI_k", Guests = ["Ada"], Language = "en", Draft = true };
        var sidecar = new TranscriptMetadata { Title = "Sidecar", Date = new DateOnly(2025, 1, 2), Language = "fr" };

        var merged = MetadataReader.Merge(header, sidecar);

        Assert.Equal("Sidecar", merged.Title);
        Assert.Equal("AbCdEfGhI_k", merged.VideoId);
        Assert.Equal<string>(["Ada"], merged.Guests);
        Assert.Equal(new DateOnly(2025, 1, 2), merged.Date);
        Assert.Equal("fr", merged.Language);
        Assert.True(merged.Draft);
        Assert.Equal<string>(["Lin"], MetadataReader.Merge(header, sidecar with { Guests = ["Lin"] }).Guests);
    }
}
