using SiteGen.Text.Names;

namespace SiteGen.Text.Tests.Names;

public sealed class DoubleMetaphoneTests
{
    // Key pairs published with the algorithm and in widely used implementations' test suites.
    [Theory]
    [InlineData("Smith", "SM0", "XMT")]
    [InlineData("Schmidt", "XMT", "SMT")]
    // The TH of "Thompson" is a plain T; the P is kept (only PH is silent-ish), as in the reference implementation.
    [InlineData("Thompson", "TMPS", "TMPS")]
    [InlineData("Schneider", "XNTR", "SNTR")]
    [InlineData("Arnow", "ARN", "ARNF")]
    [InlineData("Xavier", "SF", "SFR")]
    [InlineData("Caesar", "SSR", "SSR")]
    [InlineData("Dumb", "TM", "TM")]
    [InlineData("Knight", "NT", "NT")]
    [InlineData("Jose", "HS", "HS")]
    [InlineData("Gallegos", "KLKS", "KKS")]
    [InlineData("Bach", "PK", "PK")]
    [InlineData("Cabrillo", "KPRL", "KPR")]
    [InlineData("Gough", "KF", "KF")]
    [InlineData("Tichner", "TXNR", "TKNR")]
    [InlineData("Jankelowicz", "JNKL", "ANKL")]
    [InlineData("Ghislane", "JLN", "JLN")]
    [InlineData("Michael", "MKL", "MXL")]
    [InlineData("Chemistry", "KMST", "KMST")]
    [InlineData("Filipowicz", "FLPT", "FLPF")]
    public void Published_key_pairs(string word, string primary, string alternate)
    {
        var keys = DoubleMetaphone.Encode(word);

        Assert.Equal(primary, keys.Primary);
        Assert.Equal(alternate, keys.Alternate);
    }

    [Fact]
    public void Longer_keys_keep_going_past_four_characters()
    {
        Assert.Equal("TMPSNFL", DoubleMetaphone.Encode("thompsonville", 7).Primary);
    }

    [Fact]
    public void Mishearings_of_the_same_sound_share_a_key()
    {
        Assert.Equal(DoubleMetaphone.Encode("catherine", 8).Primary, DoubleMetaphone.Encode("kathryn", 8).Primary);
        Assert.Equal(DoubleMetaphone.Encode("philips", 8).Primary, DoubleMetaphone.Encode("fillips", 8).Primary);
    }

    [Fact]
    public void Empty_input_has_empty_keys()
    {
        Assert.Equal((string.Empty, string.Empty), DoubleMetaphone.Encode("  "));
    }
}
