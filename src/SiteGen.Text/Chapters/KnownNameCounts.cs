using System.Collections.Frozen;
using SiteGen.Text.Punctuation;

namespace SiteGen.Text.Chapters;

/// <summary>
/// What the corpus name list says of a capitalised word: how often it was seen capitalised, and how often as the first
/// word of a longer name ("Elon" of "Elon Musk"), the sign of a first name.
/// </summary>
internal sealed class KnownNameCounts
{
    private static readonly Lazy<KnownNameCounts> LazyDefault = new(() => new KnownNameCounts(KnownNames.Default));

    private readonly FrozenDictionary<string, (int Alone, int First)> counts;

    public KnownNameCounts(IEnumerable<KnownName> names)
    {
        var map = new Dictionary<string, (int Alone, int First)>(StringComparer.Ordinal);
        foreach (var (form, count) in names)
        {
            var space = form.IndexOf(' ', StringComparison.Ordinal);
            var key = (space < 0 ? form : form[..space]).ToLowerInvariant();
            var seen = map.GetValueOrDefault(key);
            map[key] = space < 0 ? (seen.Alone + count, seen.First) : (seen.Alone, seen.First + count);
        }

        counts = map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static KnownNameCounts Default => LazyDefault.Value;

    /// <summary>How often the corpus saw the word capitalised (lower-case key).</summary>
    public int Count(string lowerWord) => counts.TryGetValue(lowerWord, out var c) ? c.Alone : 0;

    /// <summary>
    /// Share of the word's capitalised sightings in the corpus that began a longer name: high for first names ("Elon",
    /// "Conor"), low for names said alone ("Bitcoin", "Tesla").
    /// </summary>
    public double StartShare(string lowerWord) =>
        counts.TryGetValue(lowerWord, out var c) && c.Alone > 0 ? Math.Min(1, (double)c.First / c.Alone) : 0;
}
