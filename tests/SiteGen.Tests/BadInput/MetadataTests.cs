using System.Text;
using SiteGen.Text.Transcripts;

namespace SiteGen.Tests.BadInput;

public sealed class MetadataTests
{
    private const string Body = "Host: Welcome back. Today we talk about tide pools and the animals in them.\n";

    [Fact]
    public async Task Invalid_front_matter_is_an_error_naming_its_line()
    {
        using var site = new BadSite().With("bad-front.md", "---\ntitle: Tide Pools\nguests: [Ann Lee, Bo Park\n---\n" + Body);

        var message = await site.AssertFailsKeepingPreviousAsync("bad-front.md:", "invalid YAML");
        Assert.Matches(@"bad-front\.md:[3-5]:", message);
        await site.AssertSkippedAsync("bad-front.md:", "invalid YAML");
    }

    [Fact]
    public async Task An_invalid_sidecar_is_an_error_naming_the_sidecar_and_its_line()
    {
        using var site = new BadSite()
            .With("pools.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nWelcome back to the show.\n")
            .With("pools.yml", "title: Tide Pools\ndate: 2024-13-45\n");

        await site.AssertFailsKeepingPreviousAsync("pools.vtt", "pools.yml: 'date' on line 2 must be a date");
        await site.AssertSkippedAsync("pools.vtt", "pools.yml: 'date' on line 2");
    }

    [Fact]
    public async Task An_unknown_key_is_a_warning_naming_file_line_and_key_and_the_episode_is_built()
    {
        using var site = new BadSite()
            .With("pools.md", "---\ntitle: Tide Pools\ncolour: blue\n---\n" + Body)
            .With("pools.yml", "guests: [Ann Lee]\nmood: calm\n");
        var log = new RecordingLog();

        var summary = await BadSite.BuildAsync(site.Input, site.Output, keepGoing: false, log);

        Assert.Equal(3, summary.Episodes);
        Assert.Contains("pools.md:3: unknown metadata key 'colour' is ignored.", log.Warnings);
        Assert.Contains("pools.yml:2: unknown metadata key 'mood' is ignored.", log.Warnings);
    }

    [Fact]
    public void Known_keys_give_no_warning()
    {
        var metadata = MetadataReader.ReadYaml("ok.yml", "title: A\nepisode: 3\ndate: 2024-01-02\nguests: [B C]\naudio_url: https://x.example/a.mp3\nslug: a\ndraft: false\nlang: en\n");

        Assert.Empty(metadata.Warnings);
    }

    [Fact]
    public async Task A_billion_laughs_sidecar_is_refused_at_its_first_anchor()
    {
        using var site = new BadSite()
            .With("laughs.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nWelcome back to the show.\n")
            .With("laughs.yml", BillionLaughs());

        await site.AssertFailsKeepingPreviousAsync("laughs.vtt", "laughs.yml: YAML anchors and aliases are not allowed", "line 2");
        await site.AssertSkippedAsync("laughs.vtt", "anchors and aliases are not allowed");
    }

    [Fact]
    public void Front_matter_with_an_alias_is_refused_with_the_alias_line()
    {
        var error = Assert.Throws<TranscriptFormatException>(() => TranscriptReader.Read("alias.md", "---\ntitle: &t Tide Pools\ndescription: *t\n---\n" + Body));

        Assert.Equal(2, error.Line);
        Assert.Contains("anchors and aliases are not allowed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_exponential_alias_document_is_refused_without_expanding_it()
    {
        var error = Assert.Throws<TranscriptFormatException>(() => MetadataReader.ReadYaml("laughs.yml", BillionLaughs()));

        Assert.Equal(2, error.Line);
        Assert.Contains("found an anchor on line 2", error.Message, StringComparison.Ordinal);
    }

    private static string BillionLaughs()
    {
        var yaml = new StringBuilder("title: Laughs\na0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
        for (var i = 1; i < 10; i++)
        {
            yaml.Append("a").Append(i).Append(": &a").Append(i).Append(" [")
                .AppendJoin(", ", Enumerable.Repeat("*a" + (i - 1), 9)).Append("]\n");
        }

        yaml.Append("guests: *a9\n");
        return yaml.ToString();
    }
}
