using SiteGen.Text.Names;
using SiteGen.Text.Transcripts;

namespace SiteGen.Text.Tests.Names;

public sealed class GlossaryReaderTests
{
    [Fact]
    public void Reads_entries_with_aliases_types_descriptions_and_links()
    {
        const string yaml = """
            - name: Kestrel Dynamics
              aliases: [kestral dynamics, kestrel dynamic]
              type: organisation
              description: A maker of small drones.
              link: https://example.org/kestrel
            - name: QuillNet
              aliases: quill net
              type: model
            - name: Hana Kowalczyk
            """;

        var entries = GlossaryReader.Read("glossary.yml", yaml);

        Assert.Equal(3, entries.Length);
        Assert.Equal("Kestrel Dynamics", entries[0].Name);
        Assert.Equal(new[] { "kestral dynamics", "kestrel dynamic" }, entries[0].Aliases.AsEnumerable());
        Assert.Equal(EntityType.Organization, entries[0].Type);
        Assert.Equal("A maker of small drones.", entries[0].Description);
        Assert.Equal("https://example.org/kestrel", entries[0].Link);
        Assert.Equal(new[] { "quill net" }, entries[1].Aliases.AsEnumerable());
        Assert.Equal(EntityType.Work, entries[1].Type);
        Assert.Equal(EntityType.Other, entries[2].Type);
        Assert.Empty(entries[2].Aliases);
        Assert.Null(entries[2].Link);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=")]
    [InlineData("vbscript:msgbox")]
    [InlineData("java\tscript:alert(1)")]
    public void Rejects_script_and_data_links_naming_the_line(string link)
    {
        var yaml = "- name: Safe\n  link: https://example.org\n- name: Bad\n  link: \"" + link.Replace("\t", "\\t", StringComparison.Ordinal) + "\"\n";

        var error = Assert.Throws<TranscriptFormatException>(() => GlossaryReader.Read("glossary.yml", yaml));

        Assert.Equal(4, error.Line);
        Assert.Contains("glossary.yml:4", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/people/hana")]
    [InlineData("people/hana.html#top")]
    [InlineData("mailto:someone@example.org")]
    [InlineData("http://example.org/a:b")]
    public void Accepts_web_mail_and_relative_links(string link)
    {
        var entries = GlossaryReader.Read("glossary.yml", $"- name: Hana\n  link: {link}\n");

        Assert.Equal(link, entries[0].Link);
    }

    [Theory]
    [InlineData("- aliases: [x]\n", 1)]
    [InlineData("- name: A\n  type: spaceship\n", 2)]
    [InlineData("- name: A\n  colour: red\n", 2)]
    [InlineData("name: A\n", 1)]
    [InlineData("- name: A\n  type: [x]\n", 2)]
    [InlineData("- name: A\n  link: [x]\n", 2)]
    public void Rejects_malformed_files_naming_the_line(string yaml, int line)
    {
        var error = Assert.Throws<TranscriptFormatException>(() => GlossaryReader.Read("g.yml", yaml));

        Assert.Equal(line, error.Line);
    }

    [Fact]
    public void Invalid_yaml_is_reported_with_a_line()
    {
        var error = Assert.Throws<TranscriptFormatException>(() => GlossaryReader.Read("g.yml", "- name: A\n  aliases: [x\n"));

        Assert.True(error.Line >= 2, $"line {error.Line}");
        Assert.StartsWith("g.yml:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_has_no_entries()
    {
        Assert.Empty(GlossaryReader.Read("g.yml", ""));
        Assert.Empty(GlossaryReader.Read("g.yml", "# nothing yet\n"));
    }
}
