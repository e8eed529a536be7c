using System.Collections.Immutable;

namespace SiteGen.Text.Chapters;

/// <summary>
/// One regression tree of the boosted boundary model, stored complete: internal node i tests
/// <c>row[Features[i]] &lt;= Thresholds[i]</c> and goes to 2i + 1 when true, else 2i + 2; the nodes past the internal
/// ones are leaves, read from <see cref="Leaves"/>.
/// </summary>
internal sealed record BoundaryTree(ImmutableArray<int> Features, ImmutableArray<double> Thresholds, ImmutableArray<double> Leaves)
{
    public double Evaluate(double[] row)
    {
        var node = 0;
        var internalCount = Features.Length;
        while (node < internalCount)
        {
            node = row[Features[node]] <= Thresholds[node] ? (2 * node) + 1 : (2 * node) + 2;
        }

        return Leaves[node - internalCount];
    }
}
