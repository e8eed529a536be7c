using SiteGen.Text.Names;

namespace SiteGen.Text.Tests.Names;

/// <summary>The pruned sound-match score agrees with the full one: pruning may only skip pairs that cannot qualify.</summary>
public sealed class NameScoreTests
{
    private static readonly string[] Forms =
    [
        "smith", "smiht", "schmidt", "johnsmith", "jonsmyth", "turing", "touring", "alanturing", "fridman", "friedman",
        "freedman", "kahneman", "connemann", "schwarzenegger", "shwartsnegger", "penrose", "penroes", "tao", "dao",
        "nietzsche", "niche", "dostoevsky", "dostoyevski", "hinton", "winton", "tegmark", "tegmarc", "xyz", "neural",
    ];

    [Theory]
    [InlineData(0.6)]
    [InlineData(0.75)]
    [InlineData(0.88)]
    public void Pruned_score_equals_the_full_score_whenever_it_reaches_the_threshold(double threshold)
    {
        var reached = 0;
        var form = new SpokenForm();
        foreach (var spoken in Forms)
        {
            var spokenSound = DoubleMetaphone.Encode(spoken, GazetteerName.KeyLength);
            form.Reset(spoken, spokenSound);
            foreach (var name in Forms)
            {
                var sound = DoubleMetaphone.Encode(name, GazetteerName.KeyLength);
                var full = NameRepairer.Score(spoken, spokenSound, name, sound);
                var pruned = form.ScoreAtLeast(name, sound, new KeyBags(sound), threshold);
                var shapeAllows = new SoundShape(spoken, spokenSound).MayReach(new SoundShape(name, sound), threshold);
                if (full >= threshold)
                {
                    reached++;
                    Assert.Equal(full, pruned);
                    Assert.True(shapeAllows, $"{spoken} / {name}: the shape bound rejects a score of {full}");
                }
                else
                {
                    Assert.Null(pruned);
                }
            }
        }

        // Not only identical pairs: some near matches must qualify for the comparison to mean anything.
        Assert.True(reached > Forms.Length, $"only {reached} pairs reached {threshold}");
    }
}
