namespace SiteGen.Text.Punctuation;

/// <summary>Stable hashing for features: string.GetHashCode is randomised per process.</summary>
internal static class WordHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;
    private const ulong Mixer = 0x9E3779B97F4A7C15UL;

    /// <summary>FNV-1a over the lowercase form, so "Google" and "google" share features.</summary>
    public static ulong OfLower(ReadOnlySpan<char> word)
    {
        var h = Offset;
        foreach (var c in word)
        {
            var l = c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c < 128 ? c : char.ToLowerInvariant(c);
            h = (h ^ l) * Prime;
        }

        return h;
    }

    public static ulong Combine(ulong a, ulong b) => (a ^ (b + Mixer + (a << 6) + (a >> 2))) * Prime;

    public static ulong Of(int template) => Combine(Offset, (ulong)template * Mixer);

    public static ulong Of(int template, ulong a) => Combine(Of(template), a);

    public static ulong Of(int template, ulong a, ulong b) => Combine(Combine(Of(template), a), b);

    public static ulong Of(int template, ulong a, ulong b, ulong c) => Combine(Combine(Combine(Of(template), a), b), c);

    public static ulong Of(int template, ulong a, ulong b, ulong c, ulong d) => Combine(Of(template, a, b, c), d);

    /// <summary>Final avalanche so the top bits index the table evenly.</summary>
    public static int Row(ulong h, int bits)
    {
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        return (int)(h >> (64 - bits));
    }
}
