using SiteGen.Text.Analysis;

namespace SiteGen.Text.Chapters;

/// <summary>
/// The word tokens of an analysed episode, found once for titling and shared by <see cref="WordProfile"/> and
/// <see cref="KeyPhraseExtractor"/>: each token's place, whether a single space precedes it, and a distinct-word id
/// whose lower-case form (curly apostrophes folded) and term id are computed once per word, not once per token.
/// </summary>
internal sealed class EpisodeWords
{
    private readonly List<string> lowers = [];
    private readonly List<int> terms = [];

    private EpisodeWords(AnalyzedEpisode episode)
    {
        Episode = episode;
        SentenceFirstToken = new int[episode.Sentences.Length + 1];
        var starts = new List<int>();
        var lengths = new List<int>();
        var wordOf = new List<int>();
        var followsSpace = new List<bool>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var idLookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        var tokens = new List<(int Start, int Length)>();
        for (var s = 0; s < episode.Sentences.Length; s++)
        {
            SentenceFirstToken[s] = starts.Count;
            var text = episode.TextOf(episode.Sentences[s]);
            tokens.Clear();
            WordTokenizer.Tokenize(text, tokens);
            for (var t = 0; t < tokens.Count; t++)
            {
                var (start, length) = tokens[t];
                starts.Add(start);
                lengths.Add(length);
                followsSpace.Add(t > 0 && start - (tokens[t - 1].Start + tokens[t - 1].Length) == 1 && text[start - 1] == ' ');
                wordOf.Add(IdOf(text.AsSpan(start, length), ids, idLookup, episode.Analyzer));
            }
        }

        SentenceFirstToken[^1] = starts.Count;
        Start = [.. starts];
        Length = [.. lengths];
        Word = [.. wordOf];
        FollowsSpace = [.. followsSpace];
    }

    public AnalyzedEpisode Episode { get; }

    /// <summary>Tokens of sentence s are [SentenceFirstToken[s], SentenceFirstToken[s + 1]).</summary>
    public int[] SentenceFirstToken { get; }

    public int[] Start { get; }

    public int[] Length { get; }

    /// <summary>The distinct-word id of each token.</summary>
    public int[] Word { get; }

    /// <summary>True when exactly one space separates the token from the previous one of its sentence.</summary>
    public bool[] FollowsSpace { get; }

    public int WordCount => lowers.Count;

    public static EpisodeWords Of(AnalyzedEpisode episode) => new(episode);

    public string Lower(int word) => lowers[word];

    /// <summary>The content-term id of a word, -1 when it carries no topic.</summary>
    public int Term(int word) => terms[word];

    private int IdOf(
        ReadOnlySpan<char> token,
        Dictionary<string, int> ids,
        Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> idLookup,
        ContentTermAnalyzer analyzer)
    {
        Span<char> buffer = token.Length <= 128 ? stackalloc char[token.Length] : new char[token.Length];
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            buffer[i] = c == '\u2019' ? '\'' : char.ToLowerInvariant(c);
        }

        if (!idLookup.TryGetValue(buffer, out var id))
        {
            var lower = new string(buffer);
            id = lowers.Count;
            ids.Add(lower, id);
            lowers.Add(lower);
            terms.Add(analyzer.TermOf(lower));
        }

        return id;
    }
}
