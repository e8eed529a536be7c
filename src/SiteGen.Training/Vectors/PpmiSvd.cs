using SiteGen.Text.Analysis;

namespace SiteGen.Training.Vectors;

/// <summary>
/// Word vectors as the leading eigenvectors of the symmetrised positive PMI matrix of content-word co-occurrence (scaled by
/// the square roots of their eigenvalues), found by randomised subspace iteration. Fixed seeds, fixed summation order.
/// </summary>
internal static class PpmiSvd
{
    private const int Oversample = 16;
    private const double ContextSmoothing = 0.75;
    private const int BatchPairs = 1 << 24;

    public sealed record Settings(int Dimensions, int MaxVocabulary, int MinCount, int Window, int PowerIterations, int MinPairCount = 2);

    public sealed record Result(IReadOnlyList<string> Words, float[][] Vectors);

    public static Result Train(List<int[]> documents, TermVocabulary vocabulary, Settings settings, TextWriter log)
    {
        var counts = new long[vocabulary.Count];
        foreach (var document in documents)
        {
            foreach (var id in document)
            {
                counts[id]++;
            }
        }

        var kept = Enumerable.Range(0, vocabulary.Count)
            .Where(id => counts[id] >= settings.MinCount)
            .OrderByDescending(id => counts[id])
            .ThenBy(id => vocabulary[id], StringComparer.Ordinal)
            .Take(settings.MaxVocabulary)
            .ToArray();
        var row = new int[vocabulary.Count];
        Array.Fill(row, -1);
        for (var i = 0; i < kept.Length; i++)
        {
            row[kept[i]] = i;
        }

        var size = kept.Length;
        var (keys, pairCounts) = CountPairs(documents, row, size, settings.Window);
        var matrix = Ppmi(keys, pairCounts, size, settings.MinPairCount);
        log.WriteLine($"vocabulary {size} (of {vocabulary.Count} stems, {counts.Sum():N0} tokens), {keys.Length:N0} distinct pairs, {matrix.Values.Length:N0} non-zero PPMI entries");

        var (vectors, values) = LeadingEigenvectors(matrix, settings.Dimensions, settings.PowerIterations);
        log.WriteLine("leading |eigenvalues|: " + string.Join(' ', values.Take(8).Select(v => v.ToString("F1", System.Globalization.CultureInfo.InvariantCulture))));

        // Every PMI vector shares a common direction (frequency); without removing it all windows look alike.
        var dims = settings.Dimensions;
        var mean = new double[dims];
        for (var i = 0; i < size; i++)
        {
            for (var d = 0; d < dims; d++)
            {
                mean[d] += vectors[(i * dims) + d];
            }
        }

        var result = new float[size][];
        for (var i = 0; i < size; i++)
        {
            result[i] = new float[dims];
            for (var d = 0; d < dims; d++)
            {
                result[i][d] = (float)(vectors[(i * dims) + d] - (mean[d] / size));
            }
        }

        return new Result([.. kept.Select(id => vocabulary[id])], result);
    }

    // Unordered pairs (a < b) of kept words within the window, as sorted keys a * size + b with their counts.
    private static (long[] Keys, int[] Counts) CountPairs(List<int[]> documents, int[] row, int size, int window)
    {
        var keys = Array.Empty<long>();
        var counts = Array.Empty<int>();
        var batch = new List<long>(BatchPairs);
        var sequence = new List<int>();
        foreach (var document in documents)
        {
            sequence.Clear();
            foreach (var id in document)
            {
                if (row[id] >= 0)
                {
                    sequence.Add(row[id]);
                }
            }

            for (var i = 0; i < sequence.Count; i++)
            {
                for (var j = i + 1; j <= i + window && j < sequence.Count; j++)
                {
                    var a = sequence[i];
                    var b = sequence[j];
                    if (a != b)
                    {
                        batch.Add(a < b ? ((long)a * size) + b : ((long)b * size) + a);
                    }
                }

                if (batch.Count >= BatchPairs)
                {
                    (keys, counts) = Merge(keys, counts, batch);
                }
            }
        }

        return Merge(keys, counts, batch);
    }

    private static (long[] Keys, int[] Counts) Merge(long[] keys, int[] counts, List<long> batch)
    {
        var sorted = batch.ToArray();
        batch.Clear();
        Array.Sort(sorted);
        var mergedKeys = new List<long>(keys.Length + (sorted.Length / 2));
        var mergedCounts = new List<int>(mergedKeys.Capacity);
        var k = 0;
        var s = 0;
        while (k < keys.Length || s < sorted.Length)
        {
            long key;
            var count = 0;
            if (s >= sorted.Length || (k < keys.Length && keys[k] <= sorted[s]))
            {
                key = keys[k];
            }
            else
            {
                key = sorted[s];
            }

            for (; k < keys.Length && keys[k] == key; k++)
            {
                count += counts[k];
            }

            for (; s < sorted.Length && sorted[s] == key; s++)
            {
                count++;
            }

            mergedKeys.Add(key);
            mergedCounts.Add(count);
        }

        return ([.. mergedKeys], [.. mergedCounts]);
    }

    // Symmetric PPMI with context-distribution smoothing: the mean of the two directions' values.
    private static SparseMatrix Ppmi(long[] keys, int[] counts, int size, int minPairCount)
    {
        var rowSum = new double[size];
        for (var i = 0; i < keys.Length; i++)
        {
            rowSum[keys[i] / size] += counts[i];
            rowSum[keys[i] % size] += counts[i];
        }

        var total = rowSum.Sum();
        var smoothedTotal = rowSum.Sum(r => Math.Pow(r, ContextSmoothing));
        var context = rowSum.Select(r => Math.Pow(r, ContextSmoothing) / smoothedTotal).ToArray();
        var entries = new List<(int A, int B, float Value)>();
        for (var i = 0; i < keys.Length; i++)
        {
            if (counts[i] < minPairCount)
            {
                continue;
            }

            var a = (int)(keys[i] / size);
            var b = (int)(keys[i] % size);
            var joint = counts[i] / total;
            var ab = Math.Log(joint / (rowSum[a] / total * context[b]));
            var ba = Math.Log(joint / (rowSum[b] / total * context[a]));
            var value = (Math.Max(ab, 0) + Math.Max(ba, 0)) / 2;
            if (value > 0)
            {
                entries.Add((a, b, (float)value));
            }
        }

        var start = new int[size + 1];
        foreach (var (a, b, _) in entries)
        {
            start[a + 1]++;
            start[b + 1]++;
        }

        for (var i = 0; i < size; i++)
        {
            start[i + 1] += start[i];
        }

        var fill = (int[])start.Clone();
        var columns = new int[start[size]];
        var values = new float[start[size]];
        foreach (var (a, b, value) in entries)
        {
            columns[fill[a]] = b;
            values[fill[a]++] = value;
            columns[fill[b]] = a;
            values[fill[b]++] = value;
        }

        return new SparseMatrix(size, start, columns, values);
    }

    // Randomised subspace iteration (Halko et al.) on a symmetric matrix; row-major dense blocks of size x width.
    private static (double[] Vectors, double[] Magnitudes) LeadingEigenvectors(SparseMatrix matrix, int dims, int power)
    {
        var size = matrix.Size;
        var width = dims + Oversample;
        var random = new SplitMix(20261129);
        var block = new double[size * width];
        for (var i = 0; i < block.Length; i++)
        {
            block[i] = random.NextGaussian();
        }

        var product = new double[size * width];
        matrix.Multiply(block, product, width);
        for (var q = 0; q < power; q++)
        {
            Orthonormalize(product, size, width);
            (block, product) = (product, block);
            matrix.Multiply(block, product, width);
        }

        Orthonormalize(product, size, width);
        (block, product) = (product, block);
        matrix.Multiply(block, product, width);

        // T = Qt A Q, small and symmetric; its eigenvectors rotate Q onto A's.
        var t = new double[width, width];
        for (var i = 0; i < width; i++)
        {
            for (var j = 0; j < width; j++)
            {
                double sum = 0;
                for (var r = 0; r < size; r++)
                {
                    sum += block[(r * width) + i] * product[(r * width) + j];
                }

                t[i, j] = sum;
            }
        }

        for (var i = 0; i < width; i++)
        {
            for (var j = i + 1; j < width; j++)
            {
                var mean = (t[i, j] + t[j, i]) / 2;
                t[i, j] = mean;
                t[j, i] = mean;
            }
        }

        var (eigenvalues, eigenvectors) = Jacobi(t);
        var order = Enumerable.Range(0, width).OrderByDescending(i => Math.Abs(eigenvalues[i])).ThenBy(i => i).Take(dims).ToArray();
        var vectors = new double[size * dims];
        for (var r = 0; r < size; r++)
        {
            for (var d = 0; d < dims; d++)
            {
                var k = order[d];
                double sum = 0;
                for (var i = 0; i < width; i++)
                {
                    sum += block[(r * width) + i] * eigenvectors[i, k];
                }

                vectors[(r * dims) + d] = sum * Math.Sqrt(Math.Abs(eigenvalues[k]));
            }
        }

        return (vectors, [.. order.Select(k => Math.Abs(eigenvalues[k]))]);
    }

    // Modified Gram-Schmidt, twice, on the columns of a row-major block.
    private static void Orthonormalize(double[] block, int size, int width)
    {
        var columns = new double[width][];
        for (var c = 0; c < width; c++)
        {
            columns[c] = new double[size];
            for (var r = 0; r < size; r++)
            {
                columns[c][r] = block[(r * width) + c];
            }
        }

        for (var pass = 0; pass < 2; pass++)
        {
            for (var c = 0; c < width; c++)
            {
                var column = columns[c].AsSpan();
                for (var p = 0; p < c; p++)
                {
                    var previous = columns[p].AsSpan();
                    var dot = Dot(column, previous);
                    for (var r = 0; r < size; r++)
                    {
                        column[r] -= dot * previous[r];
                    }
                }

                var norm = Math.Sqrt(Dot(column, column));
                for (var r = 0; r < size; r++)
                {
                    column[r] = norm > 1e-300 ? column[r] / norm : 0;
                }
            }
        }

        for (var c = 0; c < width; c++)
        {
            for (var r = 0; r < size; r++)
            {
                block[(r * width) + c] = columns[c][r];
            }
        }
    }

    private static double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        double sum = 0;
        for (var i = 0; i < x.Length; i++)
        {
            sum += x[i] * y[i];
        }

        return sum;
    }

    // Cyclic Jacobi rotations for a small symmetric matrix: eigenvalues and eigenvectors (columns).
    private static (double[] Values, double[,] Vectors) Jacobi(double[,] a)
    {
        var n = a.GetLength(0);
        var v = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            v[i, i] = 1;
        }

        for (var sweep = 0; sweep < 100; sweep++)
        {
            double off = 0;
            for (var i = 0; i < n; i++)
            {
                for (var j = i + 1; j < n; j++)
                {
                    off += a[i, j] * a[i, j];
                }
            }

            if (off < 1e-22)
            {
                break;
            }

            for (var p = 0; p < n; p++)
            {
                for (var q = p + 1; q < n; q++)
                {
                    if (Math.Abs(a[p, q]) < 1e-300)
                    {
                        continue;
                    }

                    var theta = (a[q, q] - a[p, p]) / (2 * a[p, q]);
                    var t = Math.Sign(theta) / (Math.Abs(theta) + Math.Sqrt((theta * theta) + 1));
                    if (theta == 0)
                    {
                        t = 1;
                    }

                    var c = 1 / Math.Sqrt((t * t) + 1);
                    var s = t * c;
                    for (var k = 0; k < n; k++)
                    {
                        var akp = a[k, p];
                        var akq = a[k, q];
                        a[k, p] = (c * akp) - (s * akq);
                        a[k, q] = (s * akp) + (c * akq);
                    }

                    for (var k = 0; k < n; k++)
                    {
                        var apk = a[p, k];
                        var aqk = a[q, k];
                        a[p, k] = (c * apk) - (s * aqk);
                        a[q, k] = (s * apk) + (c * aqk);
                    }

                    for (var k = 0; k < n; k++)
                    {
                        var vkp = v[k, p];
                        var vkq = v[k, q];
                        v[k, p] = (c * vkp) - (s * vkq);
                        v[k, q] = (s * vkp) + (c * vkq);
                    }
                }
            }
        }

        var values = new double[n];
        for (var i = 0; i < n; i++)
        {
            values[i] = a[i, i];
        }

        return (values, v);
    }
}
