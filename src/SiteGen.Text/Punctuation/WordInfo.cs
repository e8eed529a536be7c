namespace SiteGen.Text.Punctuation;

/// <summary>Per-word hashes computed once, so n-gram features only combine numbers.</summary>
internal readonly record struct WordInfo(ulong Word, ulong Suffix, int Shape)
{
    private const int MaxLengthBucket = 7;

    /// <summary>Stands for positions before the first and after the last word.</summary>
    public static readonly WordInfo Padding = new(0x5EED5EED5EED5EEDUL, 0x5EED5EED5EED5EEDUL, -1);

    public static WordInfo From(ReadOnlySpan<char> word)
    {
        var suffix = word.Length > 3 ? word[^3..] : word;
        var kind = 0;
        foreach (var c in word)
        {
            if (char.IsAsciiDigit(c))
            {
                kind |= 1;
            }
            else if (c == '\'')
            {
                kind |= 2;
            }
            else if (c == '-')
            {
                kind |= 4;
            }
        }

        return new WordInfo(WordHash.OfLower(word), WordHash.OfLower(suffix) ^ 0x51FF1C5UL, (kind * 8) + Math.Min(word.Length, MaxLengthBucket));
    }
}
