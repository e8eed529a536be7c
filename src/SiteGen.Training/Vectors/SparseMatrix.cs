namespace SiteGen.Training.Vectors;

/// <summary>A square matrix in compressed rows; products with row-major dense blocks, rows in parallel (each writes its own).</summary>
internal sealed record SparseMatrix(int Size, int[] RowStart, int[] Columns, float[] Values)
{
    public void Multiply(double[] block, double[] product, int width)
    {
        Parallel.For(0, Size, new ParallelOptions { MaxDegreeOfParallelism = 2 }, r =>
        {
            var target = product.AsSpan(r * width, width);
            target.Clear();
            for (var k = RowStart[r]; k < RowStart[r + 1]; k++)
            {
                var value = (double)Values[k];
                var source = block.AsSpan(Columns[k] * width, width);
                for (var c = 0; c < width; c++)
                {
                    target[c] += value * source[c];
                }
            }
        });
    }
}
