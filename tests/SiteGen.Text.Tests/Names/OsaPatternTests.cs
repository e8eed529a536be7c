using SiteGen.Text.Names;

namespace SiteGen.Text.Tests.Names;

/// <summary>The bit-parallel distance of a prepared pattern equals the table distance of <see cref="EditDistance"/>.</summary>
public sealed class OsaPatternTests
{
    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("smith", "smiht", 1)]
    [InlineData("ca", "abc", 3)]
    [InlineData("abcdef", "badcfe", 3)]
    [InlineData("a", "", 1)]
    [InlineData("same", "same", 0)]
    [InlineData("0XNT", "XNT", 1)]
    public void Distance_counts_edits_with_adjacent_transpositions(string pattern, string other, int expected)
    {
        var prepared = new OsaPattern();
        prepared.Reset(pattern);
        Assert.Equal(expected, prepared.Distance(other, int.MaxValue - 1));
    }

    [Fact]
    public void Distance_equals_the_table_distance_on_random_strings_and_reused_patterns()
    {
        // A small alphabet makes repeated letters and transpositions common; lengths cross the 64-character word.
        var random = new Random(20260529);
        var prepared = new OsaPattern();
        var alphabets = new[] { "ab", "abc", "abcdefghij", "aeiouXNT0", "aé" };
        for (var i = 0; i < 4000; i++)
        {
            var alphabet = alphabets[i % alphabets.Length];
            var pattern = RandomText(random, alphabet, i % 100 == 0 ? 70 : 12);
            var other = RandomText(random, alphabet, i % 100 == 1 ? 70 : 12);
            prepared.Reset(pattern);
            var expected = EditDistance.Distance(pattern, other);
            Assert.Equal(expected, prepared.Distance(other, int.MaxValue - 1));

            // Within the limit the distance is exact; beyond it, only known to be beyond it.
            var limit = random.Next(0, 6);
            var bounded = prepared.Distance(other, limit);
            if (expected <= limit)
            {
                Assert.Equal(expected, bounded);
            }
            else
            {
                Assert.True(bounded > limit, $"{pattern} / {other}: {bounded} within limit {limit}, distance {expected}");
            }
        }
    }

    private static string RandomText(Random random, string alphabet, int maxLength)
    {
        var chars = new char[random.Next(0, maxLength + 1)];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = alphabet[random.Next(alphabet.Length)];
        }

        return new string(chars);
    }
}
