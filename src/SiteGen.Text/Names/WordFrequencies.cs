using System.Collections.Frozen;

namespace SiteGen.Text.Names;

/// <summary>
/// How often words occur in lowercase in running English text; a frequent lowercase word is risky to turn into a name.
/// The default list ships as generated source computed from the training corpus (word, tab, count per line).
/// </summary>
internal sealed class WordFrequencies
{
    public const int CommonThreshold = 10;

    // Fewer sightings prove only that a word is English: a name lowercased by mistake now and then must not count.
    public const int CountedThreshold = 5;

    private static readonly Lazy<WordFrequencies> LazyDefault = new(LoadDefault);

    private readonly FrozenDictionary<string, int> counts;
    private readonly FrozenSet<string> seen;

    public WordFrequencies(IEnumerable<(string Word, int Count)> words)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, count) in words)
        {
            var key = NameToken.KeyOf(word);
            if (key.Length > 0)
            {
                map[key] = map.GetValueOrDefault(key) + count;
            }
        }

        seen = map.Keys.ToFrozenSet(StringComparer.Ordinal);
        counts = map.Where(p => p.Value >= CountedThreshold).ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static WordFrequencies Default => LazyDefault.Value;

    public int Count(string key) => counts.TryGetValue(key, out var count) ? count : 0;

    public bool IsCommon(string key) => Count(key) >= CommonThreshold;

    /// <summary>Whether the word was ever written in lowercase mid-sentence: an English word, not an unknown name.</summary>
    public bool IsSeen(string key) => seen.Contains(key);

    public IEnumerable<string> SeenWords => seen;

    public static IEnumerable<(string Word, int Count)> Parse(TextReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t');
            if (tab > 0 && int.TryParse(line.AsSpan(tab + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count))
            {
                yield return (line[..tab], count);
            }
        }
    }

    private static WordFrequencies LoadDefault() => new(Parse(new StringReader(CommonWordList.Data)).ToList());
}
