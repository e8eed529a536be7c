namespace SiteGen.Text.Punctuation.Evaluation;

/// <summary>
/// Aligns two word sequences that mostly agree (raw captions vs Whisper). Walks both in step; on a mismatch it
/// looks for the nearest point, within a window, where three words agree again. Linear in practice, so 20k-word
/// episodes align in milliseconds; gaps of equal length on both sides are paired as substitutions.
/// </summary>
internal static class WordAligner
{
    private const int Window = 40;
    private const int Anchor = 3;

    /// <summary>Pairs (index in a, index in b, exact) of aligned words.</summary>
    public static List<(int A, int B, bool Exact)> Align(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var pairs = new List<(int, int, bool)>(Math.Min(a.Count, b.Count));
        int i = 0, j = 0;
        while (i < a.Count && j < b.Count)
        {
            if (string.Equals(a[i], b[j], StringComparison.Ordinal))
            {
                pairs.Add((i++, j++, true));
                continue;
            }

            var (di, dj) = Resync(a, b, i, j);
            if (di == dj)
            {
                for (var k = 0; k < di; k++)
                {
                    pairs.Add((i + k, j + k, false));
                }
            }

            i += di;
            j += dj;
        }

        return pairs;
    }

    private static (int, int) Resync(IReadOnlyList<string> a, IReadOnlyList<string> b, int i, int j)
    {
        for (var total = 1; total <= 2 * Window; total++)
        {
            // Prefer balanced skips (substitutions) over lopsided ones at equal cost.
            for (var d = 0; d <= total; d++)
            {
                var di = (total / 2) + ((d % 2 == 0) ? d / 2 : -((d + 1) / 2));
                if (di < 0 || di > total || di > Window || total - di > Window)
                {
                    continue;
                }

                if (Agrees(a, b, i + di, j + total - di))
                {
                    return (di, total - di);
                }
            }
        }

        return (1, 1);
    }

    private static bool Agrees(IReadOnlyList<string> a, IReadOnlyList<string> b, int i, int j)
    {
        if (i >= a.Count || j >= b.Count)
        {
            return false;
        }

        for (var k = 0; k < Anchor && i + k < a.Count && j + k < b.Count; k++)
        {
            if (!string.Equals(a[i + k], b[j + k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
