namespace SiteGen.Text.Names;

/// <summary>
/// One string prepared for many <see cref="EditDistance"/> comparisons with other strings: Hyyrö's bit-parallel
/// optimal-string-alignment distance, one pass over the other string with a 64-bit word per column. Patterns that do not
/// fit (longer than 64 characters, or not ASCII) fall back to the table of <see cref="EditDistance"/>; both give the same
/// distances. Reusable: <see cref="Reset"/> prepares the next pattern without allocating.
/// </summary>
internal sealed class OsaPattern
{
    private const int MaxLength = 64;
    private const int Alphabet = 128;

    // Bit i of masks[c] is set when pattern[i] == c.
    private readonly ulong[] masks = new ulong[Alphabet];
    private string pattern = string.Empty;
    private bool parallel;

    public string Text => pattern;

    public void Reset(string text)
    {
        if (parallel)
        {
            foreach (var c in pattern)
            {
                masks[c] = 0;
            }
        }

        pattern = text;
        parallel = text.Length is > 0 and <= MaxLength && !text.AsSpan().ContainsAnyExceptInRange('\0', (char)(Alphabet - 1));
        if (parallel)
        {
            for (var i = 0; i < text.Length; i++)
            {
                masks[text[i]] |= 1UL << i;
            }
        }
    }

    /// <summary>The distance to <paramref name="other"/> when it is at most <paramref name="limit"/>, otherwise some value above the limit.</summary>
    public int Distance(string other, int limit)
    {
        if (!parallel || other.Length == 0)
        {
            return EditDistance.Distance(pattern, other, limit);
        }

        if (Math.Abs(pattern.Length - other.Length) > limit)
        {
            return limit + 1;
        }

        ulong vp = ~0UL, vn = 0, d0 = 0, previous = 0;
        var last = 1UL << (pattern.Length - 1);
        var distance = pattern.Length;
        foreach (var c in other)
        {
            var match = c < Alphabet ? masks[c] : 0;
            // A transposition: this character matches one place before a position the previous character matched.
            var transposed = ((~d0 & match) << 1) & previous;
            d0 = (((match & vp) + vp) ^ vp) | match | vn | transposed;
            var hp = vn | ~(d0 | vp);
            var hn = d0 & vp;
            if ((hp & last) != 0)
            {
                distance++;
            }
            else if ((hn & last) != 0)
            {
                distance--;
            }

            hp = (hp << 1) | 1;
            hn <<= 1;
            vp = hn | ~(d0 | hp);
            vn = hp & d0;
            previous = match;
        }

        return distance;
    }
}
