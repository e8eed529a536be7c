namespace SiteGen.Text.Names;

/// <summary>
/// The name variants a spoken form may be heard as, indexed by the first symbol of either sound key and by the length
/// of the primary key, so a scan reads only the variants whose keys can be near enough. Matches come out in the order
/// of the variants list, whatever the index visits first: ties between equal scores are then broken as before.
/// </summary>
internal sealed class SoundIndex
{
    private static readonly Comparer<NameRepairer.ScoredVariant> ByOrdinal =
        Comparer<NameRepairer.ScoredVariant>.Create((a, b) => a.Variant.Ordinal.CompareTo(b.Variant.Ordinal));

    private readonly NameRepairer.Variant[] variants;
    private readonly Slot[] slots;
    private readonly Dictionary<char, Slot[][]> byFirst = [];

    public SoundIndex(IReadOnlyList<NameRepairer.Variant> variants)
    {
        this.variants = [.. variants];
        slots = new Slot[this.variants.Length];
        var longest = 0;
        for (var i = 0; i < this.variants.Length; i++)
        {
            var variant = this.variants[i];
            if (variant.Ordinal != i)
            {
                throw new ArgumentException("Variants must be numbered in list order.", nameof(variants));
            }

            slots[i] = new Slot(variant.Shape, i, variant.First, variant.Second);
            longest = Math.Max(longest, variant.Sound.Primary.Length);
        }

        // Two passes, counting then filling, so every list is allocated once at its size.
        var sizes = new Dictionary<char, int[]>();
        foreach (var slot in slots)
        {
            for (var bucket = 0; bucket < Buckets(slot); bucket++)
            {
                var first = bucket == 0 ? slot.First : slot.Second;
                if (!sizes.TryGetValue(first, out var bySize))
                {
                    bySize = new int[longest + 1];
                    sizes[first] = bySize;
                }

                bySize[slot.Shape.PrimaryLength]++;
            }
        }

        foreach (var (first, bySize) in sizes)
        {
            byFirst[first] = [.. bySize.Select(n => new Slot[n])];
            Array.Clear(bySize);
        }

        foreach (var slot in slots)
        {
            for (var bucket = 0; bucket < Buckets(slot); bucket++)
            {
                var first = bucket == 0 ? slot.First : slot.Second;
                byFirst[first][slot.Shape.PrimaryLength][sizes[first][slot.Shape.PrimaryLength]++] = slot;
            }
        }
    }

    public int Count => variants.Length;

    public NameRepairer.Variant this[int ordinal] => variants[ordinal];

    /// <summary>
    /// Sound matches of the spoken form among the variants filed under the first symbol of its primary key, then those
    /// filed only under the first symbol of its alternate key.
    /// </summary>
    public void Scan(SpokenForm spoken, double threshold, List<NameRepairer.ScoredVariant> matches)
    {
        var (primary, alternate) = spoken.Sound;
        var first = primary[0];
        var second = alternate.Length > 0 ? alternate[0] : first;
        ScanBucket(first, '\0', spoken, threshold, matches);
        if (second != first)
        {
            ScanBucket(second, first, spoken, threshold, matches);
        }
    }

    /// <summary>Some of the variants (ordinals, ascending), ready to be scanned all at once.</summary>
    public Selection Select(IEnumerable<int> ordinals)
    {
        var byLength = new List<List<Slot>>();
        foreach (var ordinal in ordinals)
        {
            var length = slots[ordinal].Shape.PrimaryLength;
            while (byLength.Count <= length)
            {
                byLength.Add([]);
            }

            byLength[length].Add(slots[ordinal]);
        }

        return new Selection([.. byLength.Select(l => l.ToArray())]);
    }

    /// <summary>Sound matches of the spoken form among the selected variants, whatever symbols their keys begin with.</summary>
    public void Scan(SpokenForm spoken, double threshold, Selection selection, List<NameRepairer.ScoredVariant> matches) =>
        Scan(selection.ByLength, '\0', spoken, threshold, matches);

    private void ScanBucket(char bucket, char skip, SpokenForm spoken, double threshold, List<NameRepairer.ScoredVariant> matches)
    {
        if (byFirst.TryGetValue(bucket, out var byLength))
        {
            Scan(byLength, skip, spoken, threshold, matches);
        }
    }

    private void Scan(Slot[][] byLength, char skip, SpokenForm spoken, double threshold, List<NameRepairer.ScoredVariant> matches)
    {
        var start = matches.Count;
        var length = spoken.Sound.Primary.Length;
        for (var l = Math.Max(0, length - SpokenForm.PrimarySlack); l <= length + SpokenForm.PrimarySlack && l < byLength.Length; l++)
        {
            foreach (ref readonly var slot in byLength[l].AsSpan())
            {
                // A variant also filed under the first bucket was compared there.
                if ((skip != '\0' && (slot.First == skip || slot.Second == skip)) || !spoken.MayMatch(slot.Shape, threshold))
                {
                    continue;
                }

                var variant = variants[slot.Ordinal];
                if (spoken.ScoreAtLeast(variant.Letters, variant.Sound, variant.Bags, threshold) is { } score)
                {
                    matches.Add(new NameRepairer.ScoredVariant(variant, score));
                }
            }
        }

        // The slots were visited by key length: back to the order of the variants list.
        matches.Sort(start, matches.Count - start, ByOrdinal);
    }

    // A variant is filed under the first symbol of its primary key, and of its alternate key when that differs.
    private static int Buckets(in Slot slot) => slot.Second == '\0' || slot.Second == slot.First ? 1 : 2;

    // What a scan reads of a variant before it decides to score it, side by side in memory.
    internal readonly record struct Slot(SoundShape Shape, int Ordinal, char First, char Second);

    /// <summary>Variants chosen for one episode, by primary key length.</summary>
    internal sealed class Selection(Slot[][] byLength)
    {
        public Slot[][] ByLength { get; } = byLength;
    }
}
