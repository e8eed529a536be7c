using SiteGen.Text.Names;

namespace SiteGen.Text.Tests.Names;

public sealed class CorpusNameStatisticsTests
{
    [Fact]
    public void Learns_forms_usually_capitalised_mid_sentence_and_lowercase_word_counts()
    {
        var statistics = new CorpusNameStatistics();
        for (var i = 0; i < 3; i++)
        {
            statistics.AddSentence("We asked Hana Kowalczyk about the river.");
            statistics.AddSentence("Rivers matter, said Hana Kowalczyk.");
            statistics.AddSentence("The River was calm and the river was wide.");
        }

        var known = statistics.KnownNames(3).ToDictionary(n => n.Form, n => n.Count);
        var words = statistics.LowercaseWords(3).ToDictionary(w => w.Word, w => w.Count);

        Assert.Equal(6, known["Hana Kowalczyk"]);
        Assert.Equal(6, known["Hana"]);
        Assert.False(known.ContainsKey("River"));
        Assert.False(known.ContainsKey("Rivers"));
        Assert.False(known.ContainsKey("We"));
        Assert.Equal(6, words["river"]);
        Assert.Equal(6, words["the"]);
    }
}
