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

    [Fact]
    public void Kept_files_stay_untouched_new_ones_move_in_and_files_the_site_no_longer_has_go_with_their_folders()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("site");
        Write(output, "index.html", "home");
        Write(output, "a/index.html", "a");
        Write(output, "gone/deep/index.html", "gone");
        var stamp = new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(Path.Combine(output, "index.html"), stamp);

        using (var build = new AtomicOutput(output))
        {
            build.Keep("index.html");
            Write(build.StagingDirectory, "a/index.html", "a2");
            build.Staged("a/index.html");
            Write(build.StagingDirectory, "b/index.html", "b");
            build.Staged("b/index.html");
            Assert.Equal(
                ["a/index.html", "b/index.html", "index.html"],
                build.Files().Keys.Order(StringComparer.Ordinal));
            Assert.True(build.Commit());
        }

        Assert.Equal(stamp, File.GetLastWriteTimeUtc(Path.Combine(output, "index.html")));
        Assert.Equal("a2", File.ReadAllText(Path.Combine(output, "a", "index.html")));
        Assert.Equal("b", File.ReadAllText(Path.Combine(output, "b", "index.html")));
        Assert.False(Directory.Exists(Path.Combine(output, "gone")));
        Assert.Single(Directory.EnumerateFileSystemEntries(temp.Path));
    }

    [Fact]
    public void With_every_file_kept_commit_changes_nothing()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("site");
        Write(output, "index.html", "home");

        using var build = new AtomicOutput(output);
        build.Keep("index.html");

        Assert.False(build.Commit());
        Assert.Equal("home", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Single(Directory.EnumerateFileSystemEntries(temp.Path));
    }

    [Fact]
    public void A_build_killed_while_publishing_is_finished_by_the_next_one_and_one_killed_before_is_dropped()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("site");
        Write(output, "index.html", "home");
        Write(output, "old/index.html", "old");
        Write(temp.Combine(".site.staging-998"), "new/index.html", "new");
        Write(temp.Combine(".site.staging-998"), ".sitegen-commit", "old/index.html\n");
        Write(temp.Combine(".site.staging-999"), "index.html", "never published");

        using (new AtomicOutput(output))
        {
        }

        Assert.Equal("new", File.ReadAllText(Path.Combine(output, "new", "index.html")));
        Assert.Equal("home", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.False(Directory.Exists(Path.Combine(output, "old")));
        Assert.Single(Directory.EnumerateFileSystemEntries(temp.Path));
    }

    private static void Write(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
