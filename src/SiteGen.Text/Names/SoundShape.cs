using System.Numerics;

namespace SiteGen.Text.Names;

/// <summary>
/// The lengths and symbol sets of a form's letters and sound keys: enough to bound its match score with another form
/// from above without an edit distance, so hopeless pairs are skipped before the costly comparison.
/// </summary>
internal readonly struct SoundShape
{
    private readonly int letters;
    private readonly ulong letterSymbols;
    private readonly int primary;
    private readonly ulong primarySymbols;
    private readonly int alternate;
    private readonly ulong alternateSymbols;

    public SoundShape(string letters, (string Primary, string Alternate) sound)
    {
        this.letters = letters.Length;
        letterSymbols = Symbols(letters);
        primary = sound.Primary.Length;
        primarySymbols = Symbols(sound.Primary);
        alternate = sound.Alternate.Length;
        alternateSymbols = Symbols(sound.Alternate);
    }

    public int LettersLength => letters;

    public int PrimaryLength => primary;

    /// <summary>Whether <see cref="NameRepairer.Score"/> of the two forms can reach <paramref name="threshold"/>.</summary>
    public bool MayReach(in SoundShape other, double threshold)
    {
        var phonetic = Math.Max(
            Math.Max(Bound(primary, primarySymbols, other.primary, other.primarySymbols), Bound(primary, primarySymbols, other.alternate, other.alternateSymbols)),
            Math.Max(Bound(alternate, alternateSymbols, other.primary, other.primarySymbols), Bound(alternate, alternateSymbols, other.alternate, other.alternateSymbols)));
        if (phonetic < 0.5)
        {
            // The score is then the phonetic part alone, at most 0.6 * 0.5.
            return NameRepairer.PhoneticWeight * phonetic >= threshold;
        }

        var spelling = Bound(letters, letterSymbols, other.letters, other.letterSymbols);
        // The slack keeps rounding from ever dropping a pair that reaches the threshold exactly.
        return (NameRepairer.PhoneticWeight * phonetic) + ((1 - NameRepairer.PhoneticWeight) * spelling) >= threshold - 1e-9;
    }

    // 1 - (a lower bound of the edit distance) / longer length: each symbol one side lacks costs at least one edit.
    private static double Bound(int length, ulong symbols, int otherLength, ulong otherSymbols)
    {
        if (length == 0 || otherLength == 0)
        {
            return 0;
        }

        var distance = Math.Max(
            Math.Abs(length - otherLength),
            Math.Max(BitOperations.PopCount(symbols & ~otherSymbols), BitOperations.PopCount(otherSymbols & ~symbols)));
        return 1.0 - ((double)distance / Math.Max(length, otherLength));
    }

    // Letters (either case) and digits get a bit each; every other character shares one, which only loosens the bound.
    private static ulong Symbols(string text)
    {
        ulong set = 0;
        foreach (var c in text)
        {
            var bit = c switch
            {
                >= 'a' and <= 'z' => c - 'a',
                >= 'A' and <= 'Z' => c - 'A',
                >= '0' and <= '9' => 26 + (c - '0'),
                _ => 63,
            };
            set |= 1UL << bit;
        }

        return set;
    }
}
