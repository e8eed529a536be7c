using System.Runtime.Intrinsics;

namespace SiteGen.Text.Names;

/// <summary>
/// How many times each symbol occurs in a form's two sound keys. Two keys whose counts differ by k symbols (in the
/// direction that differs more) are at least k edits apart, whatever the order of their symbols: a bound on a key pair's
/// similarity that costs a few vector instructions, where the distance itself costs a pass over the key.
/// </summary>
internal readonly struct KeyBags
{
    private const int Lanes = 32;

    private readonly Vector256<byte> primary;
    private readonly Vector256<byte> alternate;

    public KeyBags((string Primary, string Alternate) sound)
    {
        primary = Count(sound.Primary);
        alternate = Count(sound.Alternate);
    }

    /// <summary>Upper bounds of the similarities (1 - distance / longer length) of this form's keys with the other's.</summary>
    public (double PrimaryPrimary, double PrimaryAlternate, double AlternatePrimary, double AlternateAlternate) Bounds(
        (string Primary, string Alternate) sound, in KeyBags other, (string Primary, string Alternate) otherSound) => (
        Bound(primary, sound.Primary.Length, other.primary, otherSound.Primary.Length),
        Bound(primary, sound.Primary.Length, other.alternate, otherSound.Alternate.Length),
        Bound(alternate, sound.Alternate.Length, other.primary, otherSound.Primary.Length),
        Bound(alternate, sound.Alternate.Length, other.alternate, otherSound.Alternate.Length));

    private static double Bound(Vector256<byte> a, int length, Vector256<byte> b, int otherLength)
    {
        if (length == 0 || otherLength == 0)
        {
            return 0;
        }

        // Each surplus occurrence of a symbol on one side needs an edit of its own.
        var most = Vector256.Max(a, b);
        var distance = Math.Max(Vector256.Sum(most - b), Vector256.Sum(most - a));
        return 1.0 - ((double)distance / Math.Max(length, otherLength));
    }

    // Letters and digits of either case get a lane each where they can (A-Z, then all digits), anything else the last:
    // sharing a lane only loosens the bound. Keys are short, so no count overflows a byte.
    private static Vector256<byte> Count(string key)
    {
        Span<byte> counts = stackalloc byte[Lanes];
        counts.Clear();
        foreach (var c in key)
        {
            var lane = c switch
            {
                >= 'A' and <= 'Z' => c - 'A',
                >= 'a' and <= 'z' => c - 'a',
                >= '0' and <= '9' => 26,
                _ => 27,
            };
            counts[lane]++;
        }

        return Vector256.Create<byte>(counts);
    }
}
