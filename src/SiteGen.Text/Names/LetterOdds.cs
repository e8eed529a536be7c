namespace SiteGen.Text.Names;

/// <summary>
/// How much more a word's spelling looks like a name's than like an English word's: the mean log odds of its letter
/// pairs and triples (word edges included), learnt from the everyday words and the names the corpus capitalises.
/// "dzierzynski" and "tiktaalik" score high, "cellulose" and "alimony" low.
/// </summary>
internal sealed class LetterOdds
{
    // Too few names to learn from: no opinion.
    private const int MinimumNames = 200;
    private const double Smoothing = 0.5;

    private readonly Dictionary<ulong, int> english = [];
    private readonly Dictionary<ulong, int> names = [];
    private readonly double englishTotal;
    private readonly double namesTotal;
    private readonly int vocabulary;

    public LetterOdds(IEnumerable<string> englishWords, IEnumerable<string> nameWords)
    {
        ArgumentNullException.ThrowIfNull(englishWords);
        ArgumentNullException.ThrowIfNull(nameWords);
        var nameCount = 0;
        foreach (var word in nameWords)
        {
            namesTotal += Count(names, word);
            nameCount++;
        }

        foreach (var word in englishWords)
        {
            englishTotal += Count(english, word);
        }

        var distinct = new HashSet<ulong>(english.Keys);
        distinct.UnionWith(names.Keys);
        vocabulary = distinct.Count;
        IsTrained = nameCount >= MinimumNames && englishTotal > 0;
    }

    public bool IsTrained { get; }

    /// <summary>Above zero the spelling is more like a name's; zero when untrained.</summary>
    public double Score(string key)
    {
        if (!IsTrained || key.Length == 0)
        {
            return 0;
        }

        var sum = 0.0;
        var grams = 0;
        for (var length = 2; length <= 3; length++)
        {
            for (var start = 0; start + length <= key.Length + 2; start++)
            {
                var gram = Gram(key, start, length);
                var n = (names.GetValueOrDefault(gram) + Smoothing) / (namesTotal + (Smoothing * vocabulary));
                var e = (english.GetValueOrDefault(gram) + Smoothing) / (englishTotal + (Smoothing * vocabulary));
                sum += Math.Log(n / e);
                grams++;
            }
        }

        return sum / grams;
    }

    private static int Count(Dictionary<ulong, int> counts, string word)
    {
        var grams = 0;
        for (var length = 2; length <= 3; length++)
        {
            for (var start = 0; start + length <= word.Length + 2; start++)
            {
                var gram = Gram(word, start, length);
                counts[gram] = counts.GetValueOrDefault(gram) + 1;
                grams++;
            }
        }

        return grams;
    }

    // Positions run over the word framed by an edge mark on each side; a gram packs its characters and its length.
    private static ulong Gram(string word, int start, int length)
    {
        ulong gram = (ulong)length;
        for (var i = start; i < start + length; i++)
        {
            var c = i == 0 || i == word.Length + 1 ? '\u0001' : word[i - 1];
            gram = (gram << 16) | c;
        }

        return gram;
    }
}
