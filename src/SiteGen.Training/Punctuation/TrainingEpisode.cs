using SiteGen.Text.Punctuation;
using SiteGen.Text.Punctuation.Evaluation;

namespace SiteGen.Training.Punctuation;

/// <summary>One transcript as the learner sees it: hashed words, gold marks, and (once known) first-pass labels.</summary>
internal sealed class TrainingEpisode
{
    public TrainingEpisode(IReadOnlyList<CorpusWord> words)
    {
        Words = new WordInfo[words.Count];
        Gold = new byte[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            Words[i] = WordInfo.From(words[i].Form);
            Gold[i] = (byte)words[i].Mark;
        }

        Best = new byte[words.Count];
        Second = new byte[words.Count];
        Starts = new int[words.Count];
        Nexts = new int[words.Count];
    }

    public WordInfo[] Words { get; }

    public byte[] Gold { get; }

    public byte[] Best { get; }

    public byte[] Second { get; }

    public int[] Starts { get; }

    public int[] Nexts { get; }

    public int Length => Words.Length;

    /// <summary>Labels this episode with a first-pass model that never saw it, as restoration will.</summary>
    public void LabelWith(HashedNetworkTrainer pass1)
    {
        Span<ulong> features = stackalloc ulong[PunctuationFeatures.Pass1Count];
        Span<float> scores = stackalloc float[PunctuationFeatures.Labels];
        for (var i = 0; i < Length; i++)
        {
            PunctuationFeatures.Pass1(Words, i, features);
            pass1.Predict(features, scores);
            var best = HashedNetworkTrainer.ArgMax(scores);
            var second = best == 0 ? 1 : 0;
            for (var c = 0; c < scores.Length; c++)
            {
                if (c != best && scores[c] > scores[second])
                {
                    second = c;
                }
            }

            Best[i] = (byte)best;
            Second[i] = (byte)second;
        }

        PunctuationFeatures.SentenceSpans(Best, Starts, Nexts);
    }
}
