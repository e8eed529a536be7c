using System.Collections.Immutable;

namespace SiteGen.Text.Names;

/// <summary>
/// Counts, over punctuated and cased sentences, how often each word appears capitalised or lowercase mid-sentence and
/// which capitalised sequences recur. Yields the known-names list (forms usually capitalised) and everyday-word frequencies.
/// </summary>
internal sealed class CorpusNameStatistics
{
    private readonly Dictionary<string, int> lowercase = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> capitalisedKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, int>> forms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> sequences = new(StringComparer.Ordinal);

    public void AddSentence(string sentence)
    {
        var words = NameToken.Words(sentence);
        var run = new List<string>();
        for (var i = 0; i < words.Length; i++)
        {
            var token = NameToken.Parse(words[i]);
            var breaks = token.Prefix.Length > 0 || token.Key.Length == 0;
            if (breaks)
            {
                Flush(run);
            }

            if (token.Key.Length == 0 || !char.IsLetter(token.Core[0]))
            {
                continue;
            }

            if (i == 0)
            {
                // Sentence-initial casing says nothing about the word.
                continue;
            }

            if (token.IsCapitalised && !IsPronounI(token.Core))
            {
                capitalisedKeys[token.Key] = capitalisedKeys.GetValueOrDefault(token.Key) + 1;
                if (!forms.TryGetValue(token.Key, out var spellings))
                {
                    spellings = new Dictionary<string, int>(StringComparer.Ordinal);
                    forms[token.Key] = spellings;
                }

                spellings[token.Core] = spellings.GetValueOrDefault(token.Core) + 1;
                run.Add(token.Core);
            }
            else
            {
                if (char.IsLower(token.Core[0]))
                {
                    lowercase[token.Key] = lowercase.GetValueOrDefault(token.Key) + 1;
                }

                Flush(run);
            }

            if (token.Suffix.Length > 0)
            {
                Flush(run);
            }
        }

        Flush(run);
    }

    /// <summary>Words and sequences usually capitalised mid-sentence, each in its most frequent spelling.</summary>
    public ImmutableArray<(string Form, int Count)> KnownNames(int minimumCount = 3)
    {
        var result = new List<(string Form, int Count)>();
        foreach (var (key, count) in capitalisedKeys)
        {
            if (count >= minimumCount && IsUsuallyCapitalised(key))
            {
                result.Add((MostFrequent(forms[key]), count));
            }
        }

        foreach (var (sequence, count) in sequences)
        {
            if (count >= Math.Max(2, minimumCount - 1)
                && NameToken.Words(sequence).All(w => IsUsuallyCapitalised(NameToken.KeyOf(w))))
            {
                result.Add((sequence, count));
            }
        }

        result.Sort((a, b) => b.Count != a.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.Form, b.Form));
        return [.. result];
    }

    /// <summary>Lowercase mid-sentence counts of every word seen at least <paramref name="minimumCount"/> times.</summary>
    public ImmutableArray<(string Word, int Count)> LowercaseWords(int minimumCount)
    {
        var result = lowercase.Where(p => p.Value >= minimumCount).Select(p => (p.Key, p.Value)).ToList();
        result.Sort((a, b) => b.Value != a.Value ? b.Value.CompareTo(a.Value) : string.CompareOrdinal(a.Key, b.Key));
        return [.. result];
    }

    private bool IsUsuallyCapitalised(string key) =>
        capitalisedKeys.GetValueOrDefault(key) >= 4 * lowercase.GetValueOrDefault(key);

    private static bool IsPronounI(string core) => core is "I" || core.StartsWith("I'", StringComparison.Ordinal) || core.StartsWith("I’", StringComparison.Ordinal);

    private static string MostFrequent(Dictionary<string, int> spellings)
    {
        var best = string.Empty;
        var bestCount = -1;
        foreach (var (form, count) in spellings)
        {
            if (count > bestCount || (count == bestCount && string.CompareOrdinal(form, best) < 0))
            {
                best = form;
                bestCount = count;
            }
        }

        return best;
    }

    private void Flush(List<string> run)
    {
        if (run.Count >= 2 && run.Count <= 4)
        {
            var sequence = string.Join(' ', run);
            sequences[sequence] = sequences.GetValueOrDefault(sequence) + 1;
        }

        run.Clear();
    }
}
