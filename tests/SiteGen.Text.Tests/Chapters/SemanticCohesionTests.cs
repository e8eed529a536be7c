using System.Collections.Immutable;
using SiteGen.Text.Analysis;
using SiteGen.Text.Chapters;
using SiteGen.Text.Prose;

namespace SiteGen.Text.Tests.Chapters;

public sealed class SemanticCohesionTests
{
    // Two topics; no content word is said twice, so term-matching cohesion is zero at every gap.
    private static readonly string[][] Topics =
    [
        ["guitar", "song", "melody", "album", "singer", "lyrics", "chord", "musician", "piano", "concert"],
        ["protein", "gene", "virus", "dna", "cell", "enzyme", "bacteria", "genome", "mutation", "rna"],
    ];

    private static (AnalyzedEpisode Episode, List<int> Candidates, double[] Idf) TwoTopics()
    {
        var paragraphs = new List<Paragraph>();
        foreach (var topic in Topics)
        {
            for (var i = 0; i < topic.Length; i += 2)
            {
                paragraphs.Add(new Paragraph([new Sentence($"And the {topic[i]} with the {topic[i + 1]}.", null, null)]));
            }
        }

        var episode = AnalyzedEpisode.Analyze([.. paragraphs]);
        var idf = new double[episode.Vocabulary.Count];
        Array.Fill(idf, 1.0);
        return (episode, [.. Enumerable.Range(1, paragraphs.Count - 1)], idf);
    }

    [Fact]
    public void Cohesion_is_lowest_where_the_topic_changes_though_no_word_repeats()
    {
        var (episode, candidates, idf) = TwoTopics();
        var semantic = new SemanticCohesion(episode, idf, WordVectors.Default);

        var similarity = semantic.Between(0, episode.Paragraphs.Length, candidates, 0.1, 0.1);

        var change = candidates.IndexOf(Topics[0].Length / 2);
        for (var i = 0; i < similarity.Length; i++)
        {
            // Windows of a gap next to the change straddle it too, so only the ones further away must stay clear of it.
            var margin = Math.Abs(i - change) >= 2 ? 0.1 : 0;
            if (i != change)
            {
                Assert.True(similarity[i] > similarity[change] + margin, $"gap {candidates[i]}: {similarity[i]:F2}, at the change: {similarity[change]:F2}");
            }
        }
    }

    [Fact]
    public void A_paragraph_echoes_its_own_topic_more_than_the_other()
    {
        var (episode, candidates, idf) = TwoTopics();
        var semantic = new SemanticCohesion(episode, idf, WordVectors.Default);

        var echo = semantic.OwnEcho(0, candidates, 0.1);
        var forward = semantic.ForwardEcho(episode.Paragraphs.Length, candidates, 0.1);

        var change = candidates.IndexOf(Topics[0].Length / 2);
        Assert.True(forward[change] > echo[change] + 0.2, $"first paragraph of the second topic: back {echo[change]:F2}, forward {forward[change]:F2}");
        Assert.True(echo[change - 1] > forward[change - 1] + 0.2, $"last paragraph of the first topic: back {echo[change - 1]:F2}, forward {forward[change - 1]:F2}");
    }
}
