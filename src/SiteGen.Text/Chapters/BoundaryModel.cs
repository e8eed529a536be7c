using System.Collections.Immutable;

namespace SiteGen.Text.Chapters;

/// <summary>
/// The log-odds that a chapter starts at a paragraph, less the cost of one more chapter: logistic weights over
/// <see cref="BoundaryFeatures"/> plus boosted trees on top, and the log-normal chapter-length prior they are traded
/// against. Fitted by eval-chapters --fit true --learner boost --write true on official outlines of long-form
/// interviews, one model for transcripts with speaker names (BoundaryModel.WithSpeakers.cs), one without.
/// </summary>
internal sealed partial record BoundaryModel(double Bias, ImmutableArray<double> Weights, double TargetMinutes, double LengthWeight)
{
    /// <summary>
    /// Weight of the neighbouring candidates' probabilities added to a candidate's own (falling off linearly to zero at
    /// <see cref="NeighbourMinutes"/>): several middling cues within a minute or two say a topic changes somewhere there.
    /// </summary>
    public double NeighbourShare { get; init; }

    public double NeighbourMinutes { get; init; } = 2;

    /// <summary>
    /// Weight of each chapter's word likelihood (<see cref="SpanLikelihood"/>) when the chosen number of boundaries is
    /// placed again; 0 keeps the first placement.
    /// </summary>
    public double CohesionWeight { get; init; }

    /// <summary>The Dirichlet prior's count per vocabulary word in <see cref="SpanLikelihood"/>.</summary>
    public double CohesionSmoothing { get; init; } = 0.5;

    /// <summary>Opening phrases that mark (or rule out) a chapter start, read into <see cref="BoundaryFeatures.Cue"/>.</summary>
    public CueLexicon Cues { get; init; } = CueLexicon.Empty;

    /// <summary>Boosted trees fitted on top of the linear part; empty for a purely linear model.</summary>
    public ImmutableArray<BoundaryTree> Trees { get; init; } = [];

    public double LogOdds(double[] row)
    {
        var sum = Bias;
        for (var i = 0; i < Weights.Length; i++)
        {
            sum += Weights[i] * row[i];
        }

        foreach (var tree in Trees)
        {
            sum += tree.Evaluate(row);
        }

        return sum;
    }
}
