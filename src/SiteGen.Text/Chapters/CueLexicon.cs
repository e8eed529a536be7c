using System.Collections.Immutable;
using SiteGen.Text.Analysis;

namespace SiteGen.Text.Chapters;

/// <summary>
/// Word sequences (one to three words without digits, "^" marking the paragraph start) at the opening of a paragraph, each with the
/// log-odds it adds that a chapter starts there: "^ let's talk", "big question" push up, "^ yeah" pulls down. Learnt by
/// eval-chapters --fit from the phrases common to many episodes, so topic words do not make it in.
/// </summary>
internal sealed class CueLexicon
{
    /// <summary>Words of a paragraph's opening that are read for cues.</summary>
    public const int OpeningWords = 12;

    public const int MaxGramWords = 3;

    private const int MaxGramLength = 96;

    private readonly Dictionary<string, double> weights;
    private readonly Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public CueLexicon(ImmutableArray<(string Phrase, double Weight)> entries)
    {
        Entries = entries;
        weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (phrase, weight) in entries)
        {
            weights[phrase] = weight;
        }

        lookup = weights.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static CueLexicon Empty { get; } = new([]);

    public ImmutableArray<(string Phrase, double Weight)> Entries { get; }

    public bool IsEmpty => weights.Count == 0;

    /// <summary>Sum of the weights of the distinct cue phrases in the opening of <paramref name="text"/>.</summary>
    public double Score(string text)
    {
        if (IsEmpty)
        {
            return 0;
        }

        double sum = 0;
        Span<char> buffer = stackalloc char[MaxGramLength];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        ForEachGram(text, buffer, gram =>
        {
            if (lookup.TryGetValue(gram, out var phrase, out var weight) && seen.Add(phrase))
            {
                sum += weight;
            }
        });

        return sum;
    }

    public delegate void GramAction(ReadOnlySpan<char> gram);

    /// <summary>Calls <paramref name="action"/> with every gram of the opening, lower case, apostrophes folded.</summary>
    public static void ForEachGram(string text, Span<char> buffer, GramAction action)
    {
        var tokens = new List<(int Start, int Length)>(OpeningWords * 2);
        WordTokenizer.Tokenize(text.AsSpan(0, Math.Min(text.Length, OpeningWords * 16)), tokens);
        var count = Math.Min(tokens.Count, OpeningWords);

        // Position -1 is the start marker.
        for (var first = -1; first < count; first++)
        {
            var length = 0;
            for (var n = 0; n < MaxGramWords && first + n < count; n++)
            {
                var position = first + n;
                if (n > 0)
                {
                    buffer[length++] = ' ';
                }

                if (position < 0)
                {
                    buffer[length++] = '^';
                }
                else
                {
                    var (start, tokenLength) = tokens[position];
                    if (length + tokenLength > buffer.Length || !IsWord(text.AsSpan(start, tokenLength)))
                    {
                        break;
                    }

                    for (var i = 0; i < tokenLength; i++)
                    {
                        var c = text[start + i];
                        buffer[length++] = c == '\u2019' ? '\'' : char.ToLowerInvariant(c);
                    }
                }

                if (n > 0 || position >= 0)
                {
                    action(buffer[..length]);
                }
            }
        }
    }

    // Numbers and time stamps ("00", "1") say nothing about how a turn opens; cues are word sequences only.
    private static bool IsWord(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
