namespace SiteGen.Text.Names;

/// <summary>
/// A minimum-edit alignment of two word-key sequences (a diff), computed in a band around the diagonal so long
/// transcripts stay cheap; used to compare a raw caption with a punctuated transcript of the same speech.
/// </summary>
internal sealed class WordAlignment
{
    private const int Band = 600;

    private readonly int[] firstToSecond;
    private readonly int[] secondToFirst;

    private WordAlignment(int[] firstToSecond, int[] secondToFirst)
    {
        this.firstToSecond = firstToSecond;
        this.secondToFirst = secondToFirst;
    }

    public static WordAlignment Align(string[] first, string[] second)
    {
        var n = first.Length;
        var m = second.Length;
        var width = (2 * Band) + 1;
        var moves = new byte[(n + 1) * width];
        var previous = new int[width];
        var current = new int[width];
        const int Infinite = int.MaxValue / 2;

        for (var i = 0; i <= n; i++)
        {
            var low = Low(i, n, m);
            var previousLow = i == 0 ? 0 : Low(i - 1, n, m);
            for (var k = 0; k < width; k++)
            {
                var j = low + k;
                if (j < 0 || j > m)
                {
                    current[k] = Infinite;
                    continue;
                }

                if (i == 0)
                {
                    current[k] = j;
                    moves[k] = 2;
                    continue;
                }

                var best = Infinite;
                byte move = 0;
                var up = j - previousLow;
                if (up >= 0 && up < width && previous[up] + 1 < best)
                {
                    best = previous[up] + 1;
                    move = 1;
                }

                if (j > 0)
                {
                    var diagonal = j - 1 - previousLow;
                    if (diagonal >= 0 && diagonal < width)
                    {
                        var cost = previous[diagonal] + (string.Equals(first[i - 1], second[j - 1], StringComparison.Ordinal) ? 0 : 1);
                        if (cost <= best)
                        {
                            best = cost;
                            move = 3;
                        }
                    }

                    if (k > 0 && current[k - 1] + 1 < best)
                    {
                        best = current[k - 1] + 1;
                        move = 2;
                    }
                }

                current[k] = best;
                moves[(i * width) + k] = move;
            }

            (previous, current) = (current, previous);
        }

        var firstToSecond = new int[n];
        var secondToFirst = new int[m];
        Array.Fill(firstToSecond, -1);
        Array.Fill(secondToFirst, -1);
        int a = n, b = m;
        while (a > 0 || b > 0)
        {
            var k = b - Low(a, n, m);
            var move = k >= 0 && k < width ? moves[(a * width) + k] : (byte)(a > 0 ? 1 : 2);
            if (a == 0)
            {
                move = 2;
            }

            switch (move)
            {
                case 3:
                    if (string.Equals(first[a - 1], second[b - 1], StringComparison.Ordinal))
                    {
                        firstToSecond[a - 1] = b - 1;
                        secondToFirst[b - 1] = a - 1;
                    }

                    a--;
                    b--;
                    break;
                case 2:
                    b--;
                    break;
                default:
                    a--;
                    break;
            }
        }

        return new WordAlignment(firstToSecond, secondToFirst);
    }

    public bool IsSecondMatched(int index) => secondToFirst[index] >= 0;

    /// <summary>The words of the first sequence that stand where second[start..end) stands.</summary>
    public (int Start, int End) FirstSpan(int start, int end) => Span(secondToFirst, firstToSecond.Length, start, end);

    /// <summary>The words of the second sequence that stand where first[start..end) stands.</summary>
    public (int Start, int End) SecondSpan(int start, int end) => Span(firstToSecond, secondToFirst.Length, start, end);

    private static (int Start, int End) Span(int[] map, int otherLength, int start, int end)
    {
        var left = 0;
        for (var k = start - 1; k >= 0; k--)
        {
            if (map[k] >= 0)
            {
                left = map[k] + 1;
                break;
            }
        }

        var right = otherLength;
        for (var k = end; k < map.Length; k++)
        {
            if (map[k] >= 0)
            {
                right = map[k];
                break;
            }
        }

        return (left, Math.Max(left, right));
    }

    private static int Low(int i, int n, int m) => (n == 0 ? 0 : (int)((long)i * m / n)) - Band;
}
