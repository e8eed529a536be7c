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
        new(-3.96, [0.21, 0.15, 1.65, -1.82, 1.13, 1.53, 2.27, -2.07, 1.20, -2.03, -2.85, 0.17, 1.00, 0.34, 1.57, 0.24], 7, 0.5);

    public static BoundaryModel WithoutSpeakers { get; } =
        new(-5.93, [0.20, 0.17, 1.43, 0, 1.23, 1.93, 0, -2.41, 1.13, -3.01, -2.74, 0.61, 0, 0, 1.44, 0.52], 6, 3);

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
