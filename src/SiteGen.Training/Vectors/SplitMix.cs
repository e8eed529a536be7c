namespace SiteGen.Training.Vectors;

/// <summary>SplitMix64: a seeded generator whose sequence no runtime version changes.</summary>
internal sealed class SplitMix(ulong seed)
{
    private ulong state = seed;

    public double NextDouble()
    {
        state += 0x9E3779B97F4A7C15UL;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (z >> 11) * (1.0 / (1UL << 53));
    }

    // Box-Muller; the second value is dropped to keep the sequence simple.
    public double NextGaussian()
    {
        var u = 1 - NextDouble();
        var v = NextDouble();
        return Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * v);
    }
}
