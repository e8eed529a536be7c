using SiteGen.Modules;
using SiteGen.Text.Similarity;

namespace SiteGen.Tests.Building;

public sealed class EpisodeWordsFormatTests
{
    [Fact]
    public void Word_counts_read_back_in_order_and_damaged_bytes_read_as_none()
    {
        var words = EpisodeWords.Of("Café «ünïcode» and the café, the seals and the seal");
        var bytes = EpisodeWordsFormat.Write(words);

        Assert.Equal(words.Counts, EpisodeWordsFormat.Read(bytes)!.Counts);
        Assert.Null(EpisodeWordsFormat.Read(bytes[..^1]));
        Assert.Null(EpisodeWordsFormat.Read([.. bytes, 0]));
        Assert.Null(EpisodeWordsFormat.Read([]));
    }
}
