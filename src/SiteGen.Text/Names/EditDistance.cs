namespace SiteGen.Text.Names;

/// <summary>Optimal-string-alignment (restricted Damerau-Levenshtein) distance over ordinal characters.</summary>
internal static class EditDistance
{
    public static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b) => Distance(a, b, int.MaxValue - 1);

    /// <summary>The distance when it is at most <paramref name="limit"/>, otherwise some value above the limit.</summary>
    public static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        if (a.Length == 0)
        {
            return b.Length;
        }

        if (b.Length == 0)
        {
            return a.Length;
        }

        var width = b.Length + 1;
        // Three rolling rows are enough for adjacent transpositions; names are short, so the stack is safe.
        Span<int> buffer = width * 3 <= 768 ? stackalloc int[width * 3] : new int[width * 3];
        var before = buffer[..width];
        var previous = buffer.Slice(width, width);
        var current = buffer.Slice(width * 2, width);
        for (var j = 0; j < width; j++)
        {
            previous[j] = j;
        }

        var previousMinimum = 0;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var minimum = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, before[j - 2] + 1);
                }

                current[j] = value;
                minimum = Math.Min(minimum, value);
            }

            // Every later cell builds on this row (+0 or more) or on the one before it (+1 for a transposition).
            if (minimum > limit && previousMinimum >= limit)
            {
                return limit + 1;
            }

            previousMinimum = minimum;
            var recycled = before;
            before = previous;
            previous = current;
            current = recycled;
        }

        return previous[b.Length];
    }

    /// <summary>1 for equal strings, 0 when nothing lines up: 1 - distance / longer length.</summary>
    public static double Similarity(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var longer = Math.Max(a.Length, b.Length);
        return longer == 0 ? 1.0 : 1.0 - (double)Distance(a, b) / longer;
    }
}
