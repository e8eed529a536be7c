using SiteGen.Building;

namespace SiteGen.Tests.Building;

public sealed class HardLinksTests
{
    [Fact]
    public void A_linked_file_has_the_bytes_and_time_of_the_original_and_replacing_it_leaves_the_original_alone()
    {
        using var temp = new TempFolder();
        var previous = temp.Combine("previous.html");
        var staged = temp.Combine("staged.html");
        File.WriteAllText(previous, "old page");
        var stamp = new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(previous, stamp);

        HardLinks.LinkOrCopy(previous, staged);
        Assert.Equal("old page", File.ReadAllText(staged));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(staged));

        // A second link onto the same staged path (a file written twice in one build) replaces it.
        var other = temp.Combine("other.html");
        File.WriteAllText(other, "other page");
        HardLinks.LinkOrCopy(other, staged);

        Assert.Equal("other page", File.ReadAllText(staged));
        Assert.Equal("old page", File.ReadAllText(previous));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(previous));
    }
}
