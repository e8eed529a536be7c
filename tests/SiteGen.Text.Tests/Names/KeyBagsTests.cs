using SiteGen.Text.Names;

namespace SiteGen.Text.Tests.Names;

/// <summary>The symbol-count bound of a key pair is never below the pair's true similarity.</summary>
public sealed class KeyBagsTests
{
    [Fact]
    public void Bounds_are_at_least_the_similarities_of_the_keys()
    {
        // Few symbols make repeats and reorderings common: the cases where counts say little about order.
        var random = new Random(20260530);
        var tight = 0;
        for (var i = 0; i < 3000; i++)
        {
            var a = (Key(random), Key(random));
            var b = (Key(random), Key(random));
            var bounds = new KeyBags(a).Bounds(a, new KeyBags(b), b);
            AssertBound(bounds.PrimaryPrimary, a.Item1, b.Item1);
            AssertBound(bounds.PrimaryAlternate, a.Item1, b.Item2);
            AssertBound(bounds.AlternatePrimary, a.Item2, b.Item1);
            AssertBound(bounds.AlternateAlternate, a.Item2, b.Item2);
            tight += bounds.PrimaryPrimary < 0.5 && a.Item1.Length > 0 && b.Item1.Length > 0 ? 1 : 0;
        }

        // The bound must also rule pairs out, or it is worth nothing.
        Assert.True(tight > 100, $"only {tight} pairs bounded below 0.5");

        void AssertBound(double bound, string x, string y)
        {
            var similarity = x.Length == 0 || y.Length == 0 ? 0 : EditDistance.Similarity(x, y);
            Assert.True(bound >= similarity, $"{x} / {y}: bound {bound} below similarity {similarity}");
        }
    }

    private static string Key(Random random)
    {
        const string symbols = "AKNST0X";
        var chars = new char[random.Next(0, 9)];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = symbols[random.Next(symbols.Length)];
        }

        return new string(chars);
    }
}
