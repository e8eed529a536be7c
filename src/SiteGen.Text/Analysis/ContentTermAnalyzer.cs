namespace SiteGen.Text.Analysis;

/// <summary>
/// Turns prose into stemmed content-term ids (stopwords, numbers and one-letter words dropped).
/// Caches each lower-cased word's id so a long episode stems every distinct word once.
/// </summary>
internal sealed class ContentTermAnalyzer
{
    private const int NotATerm = -1;

    private readonly PorterStemmer stemmer = new();
    private readonly Dictionary<string, int> wordToTerm = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> wordLookup;
    private readonly List<(int Start, int Length)> tokens = [];

    public ContentTermAnalyzer(TermVocabulary? vocabulary = null)
    {
        Vocabulary = vocabulary ?? new TermVocabulary();
        wordLookup = wordToTerm.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public TermVocabulary Vocabulary { get; }

    /// <summary>Appends the content-term ids of <paramref name="text"/>, in reading order, to <paramref name="termIds"/>.</summary>
    public void AddTerms(ReadOnlySpan<char> text, List<int> termIds)
    {
        tokens.Clear();
        WordTokenizer.Tokenize(text, tokens);
        Span<char> lower = stackalloc char[64];
        foreach (var (start, length) in tokens)
        {
            if (length > lower.Length)
            {
                continue;
            }

            var token = text.Slice(start, length);
            for (var i = 0; i < length; i++)
            {
                var c = token[i];
                lower[i] = c == '\u2019' ? '\'' : char.ToLowerInvariant(c);
            }

            var word = lower[..length];
            if (!wordLookup.TryGetValue(word, out var id))
            {
                id = ToTerm(word);
                wordLookup[word] = id;
            }

            if (id != NotATerm)
            {
                termIds.Add(id);
            }
        }
    }

    /// <summary>The term id of one lower-case word, or -1 when it carries no topic.</summary>
    public int TermOf(ReadOnlySpan<char> lowerWord)
    {
        if (!wordLookup.TryGetValue(lowerWord, out var id))
        {
            id = ToTerm(lowerWord);
            wordLookup[lowerWord] = id;
        }

        return id;
    }

    private int ToTerm(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || EnglishStopwords.Contains(word) || !HasLetter(word))
        {
            return NotATerm;
        }

        var stem = stemmer.Stem(word);
        return stem.Length < 2 ? NotATerm : Vocabulary.GetOrAdd(stem);
    }

    private static bool HasLetter(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }
}
