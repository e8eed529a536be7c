using System.Collections.Immutable;

namespace SiteGen.Text.Chapters;

/// <summary>
/// Logistic weights over <see cref="BoundaryFeatures"/> (the log-odds that a chapter starts at a paragraph, less the
/// cost of one more chapter) and the log-normal chapter-length prior they are traded against. Fitted by eval-chapters
/// --fit on official outlines of long-form interviews: one model for transcripts with speaker names, one without.
/// </summary>
internal sealed record BoundaryModel(double Bias, ImmutableArray<double> Weights, double TargetMinutes, double LengthWeight)
{
    public static BoundaryModel WithSpeakers { get; } =
        new(-4.56, [0.22, 0.15, 1.98, -2.21, 1.33, 1.54, 2.85, -2.04, 1.33, -2.41, -2.46, 0.26, 1.28], 7, 0.5);

    public static BoundaryModel WithoutSpeakers { get; } =
        new(-5.29, [0.21, 0.17, 1.75, 0, 1.50, 1.96, 0, -2.40, 1.21, -3.42, -2.41, 0.77, 0], 6, 2);

    public double LogOdds(double[] row)
    {
        var sum = Bias;
        for (var i = 0; i < row.Length; i++)
        {
            sum += Weights[i] * row[i];
        }

        return sum;
    }
}
