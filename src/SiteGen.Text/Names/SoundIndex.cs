namespace SiteGen.Text.Names;

/// <summary>
/// The name variants a spoken form may be heard as. An episode selects the variants it may use, and a selection is
/// indexed by the first symbol of either sound key and by the length of the primary key, so a scan reads only the
/// variants whose keys can be near enough. Matches come out in the order of the variants list, whatever the index visits
/// first: ties between equal scores are then broken as before.
/// </summary>
internal sealed class SoundIndex
{
    private static readonly Comparer<NameRepairer.ScoredVariant> ByOrdinal =
        Comparer<NameRepairer.ScoredVariant>.Create((a, b) => a.Variant.Ordinal.CompareTo(b.Variant.Ordinal));

    private readonly NameRepairer.Variant[] variants;
    private readonly Slot[] slots;

    public SoundIndex(IReadOnlyList<NameRepairer.Variant> variants)
    {
        this.variants = [.. variants];
        slots = new Slot[this.variants.Length];
        for (var i = 0; i < this.variants.Length; i++)
        {
            var variant = this.variants[i];
            if (variant.Ordinal != i)
            {
                throw new ArgumentException("Variants must be numbered in list order.", nameof(variants));
            }

            slots[i] = new Slot(variant.Shape, i, variant.First, variant.Second);
        }
    }

    public int Count => variants.Length;

    public NameRepairer.Variant this[int ordinal] => variants[ordinal];

    /// <summary>Some of the variants (ordinals, ascending), indexed for scans.</summary>
    public Selection Select(IReadOnlyCollection<int> ordinals)
    {
        var longest = 0;
        foreach (var ordinal in ordinals)
        {
            longest = Math.Max(longest, slots[ordinal].Shape.PrimaryLength);
        }

        // Two passes, counting then filling, so every list is allocated once at its size.
        var byLength = new int[longest + 1];
        var sizes = new Dictionary<char, int[]>();
        foreach (var ordinal in ordinals)
        {
            var slot = slots[ordinal];
            byLength[slot.Shape.PrimaryLength]++;
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

        var all = byLength.Select(n => new Slot[n]).ToArray();
        var byFirst = new Dictionary<char, Slot[][]>();
        foreach (var (first, bySize) in sizes)
        {
            byFirst[first] = [.. bySize.Select(n => new Slot[n])];
            Array.Clear(bySize);
        }

        Array.Clear(byLength);
        foreach (var ordinal in ordinals)
        {
            var slot = slots[ordinal];
            var length = slot.Shape.PrimaryLength;
            all[length][byLength[length]++] = slot;
            for (var bucket = 0; bucket < Buckets(slot); bucket++)
            {
                var first = bucket == 0 ? slot.First : slot.Second;
                byFirst[first][length][sizes[first][length]++] = slot;
            }
        }

        return new Selection(all, byFirst);
    }

    /// <summary>
    /// Sound matches of the spoken form among the selected variants filed under the first symbol of its primary key, then
    /// those filed only under the first symbol of its alternate key.
    /// </summary>
    public void ScanBuckets(SpokenForm spoken, double threshold, Selection selection, List<NameRepairer.ScoredVariant> matches)
    {
        var (primary, alternate) = spoken.Sound;
        var first = primary[0];
        var second = alternate.Length > 0 ? alternate[0] : first;
        if (selection.ByFirst.TryGetValue(first, out var byLength))
        {
            Scan(byLength, '\0', spoken, threshold, matches);
        }

        if (second != first && selection.ByFirst.TryGetValue(second, out byLength))
        {
            Scan(byLength, first, spoken, threshold, matches);
        }
    }

    /// <summary>Sound matches of the spoken form among the selected variants, whatever symbols their keys begin with.</summary>
    public void ScanAll(SpokenForm spoken, double threshold, Selection selection, List<NameRepairer.ScoredVariant> matches) =>
        Scan(selection.ByLength, '\0', spoken, threshold, matches);

    // A variant is filed under the first symbol of its primary key, and of its alternate key when that differs.
    private static int Buckets(in Slot slot) => slot.Second == '\0' || slot.Second == slot.First ? 1 : 2;

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

    // What a scan reads of a variant before it decides to score it, side by side in memory.
    internal readonly record struct Slot(SoundShape Shape, int Ordinal, char First, char Second);

    /// <summary>Variants chosen for one episode: all of them by primary key length, and by first key symbol too.</summary>
    internal sealed class Selection(Slot[][] byLength, Dictionary<char, Slot[][]> byFirst)
    {
        public Slot[][] ByLength { get; } = byLength;

        public Dictionary<char, Slot[][]> ByFirst { get; } = byFirst;
    }
}
