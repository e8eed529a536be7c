using SiteGen.Text.Analysis;

namespace SiteGen.Text.Chapters;

/// <summary>
/// In how many paragraphs of a chapter one stem is said with the other in it or next to it: the sign that two words
/// name one subject. Each chapter's lists are built on first use, since only chapters that try a pair need them.
/// </summary>
internal sealed class Cooccurrence(AnalyzedEpisode episode, IReadOnlyList<(int First, int End)> ranges)
{
    private readonly Dictionary<string, List<int>>?[] chapters = new Dictionary<string, List<int>>?[ranges.Count];

    private const int Reach = 1;

    public Func<string, string, int> For(int chapter) => (a, b) => Count(chapter, a, b);

    private int Count(int chapter, string a, string b)
    {
        var paragraphs = chapters[chapter] ??= Build(ranges[chapter]);
        if (!paragraphs.TryGetValue(a, out var withA) || !paragraphs.TryGetValue(b, out var withB))
        {
            return 0;
        }

        // Paragraphs of captions split a thought across turns, so "together" is the same or a neighbouring paragraph;
        // both lists ascend, so one pass with a moving start counts them.
        var (k, shared) = (0, 0);
        foreach (var p in withA)
        {
            while (k < withB.Count && withB[k] < p - Reach)
            {
                k++;
            }

            shared += k < withB.Count && withB[k] <= p + Reach ? 1 : 0;
        }

        return shared;
    }

    private Dictionary<string, List<int>> Build((int First, int End) range)
    {
        var paragraphs = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var s = episode.ParagraphFirstSentence[range.First]; s < episode.ParagraphFirstSentence[range.End]; s++)
        {
            var sentence = episode.Sentences[s];
            foreach (var term in episode.TermsOf(sentence))
            {
                var stem = episode.Vocabulary[term];
                if (!paragraphs.TryGetValue(stem, out var list))
                {
                    paragraphs[stem] = list = [];
                }

                if (list.Count == 0 || list[^1] != sentence.Paragraph)
                {
                    list.Add(sentence.Paragraph);
                }
            }
        }

        return paragraphs;
    }
}
