using SiteGen.Text.Names;

namespace SiteGen.Text.Tests.Names;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("abc", "", 3)]
    [InlineData("", "ab", 2)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("flaw", "lawn", 2)]
    [InlineData("smith", "smiht", 1)]
    [InlineData("ca", "abc", 3)]
    [InlineData("same", "same", 0)]
    public void Distance_counts_edits_with_adjacent_transpositions(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Distance(a, b));
        Assert.Equal(expected, EditDistance.Distance(b, a));
    }

    [Fact]
    public void Similarity_is_scaled_by_the_longer_string()
    {
        Assert.Equal(1.0, EditDistance.Similarity("name", "name"));
        Assert.Equal(0.75, EditDistance.Similarity("name", "nam"), 6);
        Assert.Equal(0.0, EditDistance.Similarity("abc", "xyz"));
        Assert.Equal(1.0, EditDistance.Similarity("", ""));
    }

    [Fact]
    public void Long_strings_do_not_overflow_the_stack_buffer()
    {
        var a = new string('a', 400);
        var b = new string('a', 399) + "b";
        Assert.Equal(1, EditDistance.Distance(a, b));
    }

    [Theory]
    [InlineData("kitten", "sitting")]
    [InlineData("flaw", "lawn")]
    [InlineData("smith", "smiht")]
    [InlineData("ca", "abc")]
    [InlineData("abcdef", "badcfe")]
    [InlineData("schwarzenegger", "shwartsnegger")]
    [InlineData("abc", "xyzxyz")]
    public void A_limited_distance_is_exact_up_to_the_limit_and_above_it_beyond(string a, string b)
    {
        var exact = EditDistance.Distance(a, b);
        for (var limit = 0; limit <= exact + 2; limit++)
        {
            var limited = EditDistance.Distance(a, b, limit);
            if (exact <= limit)
            {
                Assert.Equal(exact, limited);
            }
            else
            {
                Assert.True(limited > limit, $"{a}/{b} limit {limit}: {limited}");
            }
        }
    }
}
