using SiteGen.Building;

namespace SiteGen.Tests.Building;

public sealed class AtomicOutputTests
{
    [Fact]
    public void Commit_replaces_the_output_and_dispose_without_commit_keeps_it()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("site");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "old.html"), "old");

        using (var failed = new AtomicOutput(output))
        {
            File.WriteAllText(Path.Combine(failed.StagingDirectory, "new.html"), "new");
        }

        Assert.True(File.Exists(Path.Combine(output, "old.html")));
        Assert.False(File.Exists(Path.Combine(output, "new.html")));

        using (var ok = new AtomicOutput(output))
        {
            File.WriteAllText(Path.Combine(ok.StagingDirectory, "new.html"), "new");
            ok.Commit();
        }

        Assert.False(File.Exists(Path.Combine(output, "old.html")));
        Assert.Equal("new", File.ReadAllText(Path.Combine(output, "new.html")));
        Assert.Single(Directory.EnumerateFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Leftovers_of_a_killed_build_are_cleaned_and_a_retired_output_is_restored()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("site");
        Directory.CreateDirectory(temp.Combine(".site.staging-999"));
        Directory.CreateDirectory(temp.Combine("site.retired-999"));
        File.WriteAllText(temp.Combine("site.retired-999", "index.html"), "previous");

        using (new AtomicOutput(output))
        {
        }

        Assert.Equal("previous", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.False(Directory.Exists(temp.Combine(".site.staging-999")));
    }
}
