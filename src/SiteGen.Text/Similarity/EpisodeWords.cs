using System.Runtime.InteropServices;

namespace SiteGen.Text.Similarity;

/// <summary>
/// How often an episode says each lowercased word, in order of first use: all the related-episodes index reads of an
/// episode's text. Counting is the index's main cost and depends on the episode alone, so a site keeps the counts of
/// unchanged episodes between builds instead of counting every transcript again.
/// </summary>
public sealed class EpisodeWords
{
    private readonly Dictionary<string, int> counts;

    private EpisodeWords(Dictionary<string, int> counts) => this.counts = counts;

    public IReadOnlyDictionary<string, int> Counts => counts;

    /// <summary>Counts the words of a text.</summary>
    public static EpisodeWords Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        ReadOnlySpan<char> span = text;
        Span<char> lower = stackalloc char[ContentWords.MaxLength];
        int position = 0;
        while (ContentWords.NextWord(span, ref position, out Range word))
        {
            int lowerLength = ContentWords.Lower(span[word], lower);
            if (lowerLength > 0)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(lookup, lower[..lowerLength], out _)++;
            }
        }

        return new EpisodeWords(counts);
    }

    /// <summary>Counts made before (by <see cref="Of"/>), read back from storage.</summary>
    /// <exception cref="ArgumentException">A word is empty or given twice, or a count is not positive.</exception>
    public static EpisodeWords From(IEnumerable<KeyValuePair<string, int>> counted)
    {
        ArgumentNullException.ThrowIfNull(counted);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, count) in counted)
        {
            if (string.IsNullOrEmpty(word) || count < 1 || !counts.TryAdd(word, count))
            {
                throw new ArgumentException($"Not a word count: '{word}' {count}.", nameof(counted));
            }
        }

        return new EpisodeWords(counts);
    }
}
