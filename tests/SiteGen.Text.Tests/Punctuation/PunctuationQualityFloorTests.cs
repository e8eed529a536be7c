using SiteGen.Text.Punctuation;
using SiteGen.Text.Punctuation.Evaluation;

namespace SiteGen.Text.Tests.Punctuation;

/// <summary>
/// Quality floors on a few DEV episodes (numbers ending in 0 or 5, never trained on). Floors sit a little below the
/// measured figures (lowercase 0.688 / 0.551 / 0.637 / 0.934, partial case 0.661 / 0.579 / 0.600 / 0.925) and only
/// ever rise; eval-punctuation reports the full DEV set.
/// </summary>
public sealed class PunctuationQualityFloorTests
{
    private const int EpisodesPerStyle = 3;

    [SharedCorpusFact]
    public void LowercaseCaptionsStayAboveFloor()
    {
        var score = Score("lowercase");
        Assert.True(score.Boundary.F1 >= 0.68, $"sentence boundary {score.Boundary}");
        Assert.True(score.Comma.F1 >= 0.54, $"comma {score.Comma}");
        Assert.True(score.Question.F1 >= 0.63, $"question {score.Question}");
        Assert.True(score.MidCapitals.F1 >= 0.92, $"mid-sentence capitals {score.MidCapitals}");
        Assert.True(score.Baseline.Boundary.F1 < score.Boundary.F1, "the model must beat a period every 15 words");
    }

    [SharedCorpusFact]
    public void PartiallyCasedCaptionsStayAboveFloor()
    {
        var score = Score("partial_case");
        Assert.True(score.Boundary.F1 >= 0.65, $"sentence boundary {score.Boundary}");
        Assert.True(score.Comma.F1 >= 0.57, $"comma {score.Comma}");
        Assert.True(score.Question.F1 >= 0.59, $"question {score.Question}");
        Assert.True(score.MidCapitals.F1 >= 0.92, $"mid-sentence capitals {score.MidCapitals}");
        Assert.True(score.Baseline.Boundary.F1 < score.Boundary.F1, "the model must beat a period every 15 words");
    }

    private static (PrecisionRecall Boundary, PrecisionRecall Comma, PrecisionRecall Question, PrecisionRecall MidCapitals, RestorationScore Baseline) Score(string style)
    {
        var corpus = RepositoryRoot.SharedCorpus()!;
        var model = new RestorationScore();
        var baseline = new RestorationScore();
        var taken = 0;
        foreach (var line in File.ReadLines(Path.Combine(corpus, "pairs.tsv")).Skip(1))
        {
            var cols = line.Split('\t');
            if (taken == EpisodesPerStyle || cols.Length < 6 || cols[5].Trim() != style || !cols[0].EndsWith('0') && !cols[0].EndsWith('5'))
            {
                continue;
            }

            RestorationEvaluation.Add(
                PunctuationRestorer.Default,
                File.ReadAllText(Path.Combine(corpus, cols[3])),
                File.ReadAllText(Path.Combine(corpus, cols[4])),
                model,
                baseline);
            taken++;
        }

        Assert.Equal(EpisodesPerStyle, taken);
        return (model.Boundary, model.Comma, model.Question, model.MidCapitals, baseline);
    }
}
