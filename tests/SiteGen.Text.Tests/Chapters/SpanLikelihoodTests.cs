using System.Collections.Immutable;
using SiteGen.Text.Analysis;
using SiteGen.Text.Chapters;
using SiteGen.Text.Prose;

namespace SiteGen.Text.Tests.Chapters;

public sealed class SpanLikelihoodTests
{
    private const int Paragraphs = 60;
    private const int Shift = 20;

    private static readonly string[] Astronomy = ["telescope", "galaxy", "stars", "orbit", "planet", "comet", "nebula", "astronomer"];
    private static readonly string[] Farming = ["farmer", "wheat", "harvest", "tractor", "soil", "barley", "orchard", "cattle"];

    [Fact]
    public void Chapters_split_where_the_vocabulary_changes_explain_the_words_best()
    {
        var episode = TwoTopics();
        var candidates = Enumerable.Range(1, Paragraphs - 1).ToList();

        var spans = SpanLikelihood.Compute(episode, 0, Paragraphs, candidates, 35, 0.5);

        // Node i is candidate paragraph i here; node Paragraphs is the end.
        var atShift = spans.Score(0, Shift) + spans.Score(Shift, Paragraphs);
        foreach (var other in candidates.Where(c => c != Shift))
        {
            Assert.True(atShift > spans.Score(0, other) + spans.Score(other, Paragraphs), $"split at {other} explains the words as well as at {Shift}");
        }
    }

    [Fact]
    public void Cohesion_moves_the_chosen_boundaries_to_the_topic_shift_without_changing_their_number()
    {
        var episode = TwoTopics();
        var candidates = Enumerable.Range(1, Paragraphs - 1).ToList();
        var flat = new double[candidates.Count];
        var model = BoundaryModel.WithSpeakers with { NeighbourShare = 0 };

        var byScores = BoundaryFinder.Decide(episode, 0, Paragraphs, candidates, flat, model with { CohesionWeight = 0 }, SegmentationSettings.Default);
        var byWords = BoundaryFinder.Decide(episode, 0, Paragraphs, candidates, flat, model with { CohesionWeight = 0.05 }, SegmentationSettings.Default);

        Assert.Single(byScores);
        Assert.NotEqual([Shift], byScores);
        Assert.Equal([Shift], byWords);
    }

    // Twelve minutes at 150 words a minute: four on astronomy, then eight on farming, each paragraph 30 words.
    private static AnalyzedEpisode TwoTopics()
    {
        var paragraphs = ImmutableArray.CreateBuilder<Paragraph>(Paragraphs);
        for (var p = 0; p < Paragraphs; p++)
        {
            var words = p < Shift ? Astronomy : Farming;
            var sentences = ImmutableArray.CreateBuilder<Sentence>();
            for (var s = 0; s < 3; s++)
            {
                var a = words[(p + s) % words.Length];
                var b = words[((p * 3) + s + 1) % words.Length];
                sentences.Add(new Sentence($"We talked about the {a} and the {b} for a while today.", null, null));
            }

            paragraphs.Add(new Paragraph(sentences.ToImmutable()));
        }

        return AnalyzedEpisode.Analyze(paragraphs.MoveToImmutable());
    }
}
