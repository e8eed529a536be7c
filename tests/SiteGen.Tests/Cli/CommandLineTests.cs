using SiteGen.Cli;

namespace SiteGen.Tests.Cli;

public sealed class CommandLineTests
{
    [Fact]
    public void Parses_verb_options_and_flags()
    {
        var line = CommandLine.Parse(["build", "--input", "in", "--keep-going", "--output", "site"]);
        Assert.Equal("build", line.Verb);
        Assert.Equal("in", line.Get("input", "input"));
        Assert.Equal("site", line.Get("output", "output"));
        Assert.Equal("theme", line.Get("theme", "theme"));
        Assert.True(line.Has("keep-going"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("--input x")]
    [InlineData("build --input")]
    [InlineData("build stray")]
    public void Bad_command_lines_are_usage_errors(string line) =>
        Assert.Throws<UsageException>(() => CommandLine.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
}
