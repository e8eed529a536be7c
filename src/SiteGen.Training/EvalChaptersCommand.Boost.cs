using System.Collections.Immutable;
using SiteGen.Text.Chapters;

namespace SiteGen.Training;

/// <summary>
/// Gradient-boosted regression trees for the boundary model (log loss, second-order leaf values, splits on quantile
/// bins). No sampling and ties broken by feature order, so a refit gives the same trees byte for byte.
/// </summary>
internal static partial class EvalChaptersCommand
{
    private const int Bins = 48;

    private sealed record BoostSettings(int Rounds, int Depth, double Rate, double Lambda, double MinHessian);

    private static ImmutableArray<BoundaryTree> Boost(IReadOnlyList<double[]> rows, IReadOnlyList<bool> labels, double[] margin, BoostSettings settings)
    {
        var n = rows.Count;
        var features = rows[0].Length;
        var thresholds = new double[features][];
        var bin = new byte[features][];
        for (var f = 0; f < features; f++)
        {
            var values = new double[n];
            for (var i = 0; i < n; i++)
            {
                values[i] = rows[i][f];
            }

            Array.Sort(values);
            var cuts = new List<double>();
            for (var b = 1; b < Bins; b++)
            {
                var v = values[(int)((long)b * (n - 1) / Bins)];
                if (cuts.Count == 0 || v > cuts[^1])
                {
                    cuts.Add(v);
                }
            }

            if (cuts.Count > 0 && cuts[^1] >= values[^1])
            {
                cuts.RemoveAt(cuts.Count - 1);
            }

            thresholds[f] = [.. cuts];
            bin[f] = new byte[n];
            for (var i = 0; i < n; i++)
            {
                var index = Array.BinarySearch(thresholds[f], rows[i][f]);
                bin[f][i] = (byte)(index >= 0 ? index : ~index);
            }
        }

        var score = (double[])margin.Clone();
        var gradient = new double[n];
        var hessian = new double[n];
        var node = new int[n];
        var trees = ImmutableArray.CreateBuilder<BoundaryTree>(settings.Rounds);
        var internalCount = (1 << settings.Depth) - 1;
        for (var round = 0; round < settings.Rounds; round++)
        {
            for (var i = 0; i < n; i++)
            {
                var p = 1 / (1 + Math.Exp(-score[i]));
                gradient[i] = p - (labels[i] ? 1 : 0);
                hessian[i] = Math.Max(p * (1 - p), 1e-9);
                node[i] = 0;
            }

            var splitFeature = new int[internalCount];
            var splitThreshold = new double[internalCount];
            for (var level = 0; level < settings.Depth; level++)
            {
                var firstNode = (1 << level) - 1;
                var width = 1 << level;
                var g = new double[width, features, Bins + 1];
                var h = new double[width, features, Bins + 1];
                for (var i = 0; i < n; i++)
                {
                    var local = node[i] - firstNode;
                    for (var f = 0; f < features; f++)
                    {
                        g[local, f, bin[f][i]] += gradient[i];
                        h[local, f, bin[f][i]] += hessian[i];
                    }
                }

                for (var local = 0; local < width; local++)
                {
                    double totalG = 0, totalH = 0;
                    for (var b = 0; b <= Bins; b++)
                    {
                        totalG += g[local, 0, b];
                        totalH += h[local, 0, b];
                    }

                    var parent = totalG * totalG / (totalH + settings.Lambda);
                    var bestGain = 1e-9;
                    var bestFeature = 0;
                    var bestThreshold = double.PositiveInfinity;
                    for (var f = 0; f < features; f++)
                    {
                        double leftG = 0, leftH = 0;
                        for (var b = 0; b < thresholds[f].Length; b++)
                        {
                            leftG += g[local, f, b];
                            leftH += h[local, f, b];
                            var rightG = totalG - leftG;
                            var rightH = totalH - leftH;
                            if (leftH < settings.MinHessian || rightH < settings.MinHessian)
                            {
                                continue;
                            }

                            var gain = (leftG * leftG / (leftH + settings.Lambda)) + (rightG * rightG / (rightH + settings.Lambda)) - parent;
                            if (gain > bestGain)
                            {
                                bestGain = gain;
                                bestFeature = f;
                                bestThreshold = thresholds[f][b];
                            }
                        }
                    }

                    splitFeature[firstNode + local] = bestFeature;
                    splitThreshold[firstNode + local] = bestThreshold;
                }

                for (var i = 0; i < n; i++)
                {
                    var at = node[i];
                    node[i] = rows[i][splitFeature[at]] <= splitThreshold[at] ? (2 * at) + 1 : (2 * at) + 2;
                }
            }

            var leafG = new double[internalCount + 1];
            var leafH = new double[internalCount + 1];
            for (var i = 0; i < n; i++)
            {
                leafG[node[i] - internalCount] += gradient[i];
                leafH[node[i] - internalCount] += hessian[i];
            }

            var leaves = new double[internalCount + 1];
            for (var l = 0; l < leaves.Length; l++)
            {
                leaves[l] = Math.Round(-settings.Rate * leafG[l] / (leafH[l] + settings.Lambda), 4);
            }

            for (var i = 0; i < n; i++)
            {
                score[i] += leaves[node[i] - internalCount];
            }

            trees.Add(new BoundaryTree([.. splitFeature], [.. splitThreshold], [.. leaves]));
        }

        return trees.MoveToImmutable();
    }
}
