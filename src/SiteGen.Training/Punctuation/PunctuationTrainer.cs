using System.Diagnostics;
using SiteGen.Text.Punctuation;
using SiteGen.Text.Punctuation.Evaluation;

namespace SiteGen.Training.Punctuation;

/// <summary>
/// Trains the two-pass model. Pass 1 sees words only. Pass 2 also sees pass-1 labels, which for training come from
/// a model that did not see the episode (two folds), so pass 2 learns to correct the errors it will meet.
/// </summary>
internal sealed class PunctuationTrainer(TrainingOptions options, TextWriter log)
{
    /// <summary>Every this many training transcripts, one is kept out of pass 2 to tune its mark biases on.</summary>
    private const int TuningEvery = 10;

    private readonly Stopwatch clock = Stopwatch.StartNew();

    /// <param name="transcripts">Per episode, its stretches that keep their punctuation.</param>
    public PunctuationModel Train(IReadOnlyList<List<List<CorpusWord>>> transcripts)
    {
        var casing = new CasingStatistics();
        var episodes = new List<TrainingEpisode>();
        var foldA = new List<TrainingEpisode>();
        var foldB = new List<TrainingEpisode>();
        var tuning = new List<TrainingEpisode>();
        for (var e = 0; e < transcripts.Count; e++)
        {
            foreach (var words in transcripts[e])
            {
                casing.Add(words);
                var episode = new TrainingEpisode(words);
                episodes.Add(episode);
                (e % 2 == 0 ? foldA : foldB).Add(episode);
                if (e % TuningEvery == TuningEvery - 1)
                {
                    tuning.Add(episode);
                }
            }
        }

        var lexicon = casing.Lexicon();
        var names = casing.Names(lexicon);
        foreach (var words in transcripts.SelectMany(t => t))
        {
            casing.AddContexts(words);
        }

        var contextCasing = casing.ContextLexicon(lexicon);
        Log($"{transcripts.Count} episodes in {episodes.Count} punctuated stretches, {episodes.Sum(e => e.Length):N0} words; casing lexicon {lexicon.Count:N0} + {contextCasing.Count:N0} in context, names {names.Length:N0}");

        HashedNetworkTrainer? modelA = null, modelB = null, pass1 = null, pass2 = null;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Threads };
        Parallel.Invoke(
            parallel,
            () => modelA = TrainPass1(foldA, options.FoldEpochs, "pass 1, fold A"),
            () => modelB = TrainPass1(foldB, options.FoldEpochs, "pass 1, fold B"));

        foreach (var e in foldA)
        {
            e.LabelWith(modelB!);
        }

        foreach (var e in foldB)
        {
            e.LabelWith(modelA!);
        }

        // Pass 2 learns from the fold labels only, so it trains alongside the final pass 1.
        Parallel.Invoke(
            parallel,
            () => pass1 = TrainPass1(episodes, options.Epochs, "pass 1, all"),
            () => pass2 = TrainPass2([.. episodes.Except(tuning)], options.Epochs));
        var final = pass2!.ToNetwork();
        Log(BiasTuning.Tune(final, tuning));
        var (questions, questionLog) = QuestionTraining.Tune(QuestionTraining.Train([.. episodes.Except(tuning)], options.Seed + 2), final, tuning);
        Log(questionLog);
        var model = new PunctuationModel(
            pass1!.ToNetwork(),
            final,
            questions,
            lexicon,
            contextCasing,
            names,
            MaxSentenceWords(episodes));
        Log("done");
        return model;
    }

    private HashedNetworkTrainer TrainPass1(List<TrainingEpisode> episodes, int epochs, string name)
    {
        var network = new HashedNetworkTrainer(options.Pass1Bits, options.Hidden, options.Rate, options.Seed);
        Span<ulong> features = stackalloc ulong[PunctuationFeatures.Pass1Count];
        var order = Positions(episodes);
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            Shuffle(order, options.Seed + epoch);
            var correct = 0;
            foreach (var p in order)
            {
                var e = episodes[(int)(p >> 32)];
                var i = (int)p;
                PunctuationFeatures.Pass1(e.Words, i, features);
                correct += network.Train(features, e.Gold[i]) ? 1 : 0;
            }

            Log($"{name}: epoch {epoch + 1} training accuracy {(double)correct / order.Length:P2}");
        }

        return network;
    }

    private HashedNetworkTrainer TrainPass2(List<TrainingEpisode> episodes, int epochs)
    {
        var network = new HashedNetworkTrainer(options.Pass2Bits, options.Hidden, options.Rate, options.Seed + 1);
        Span<ulong> features = stackalloc ulong[PunctuationFeatures.Pass2Count];
        var order = Positions(episodes);
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            Shuffle(order, options.Seed + 1000 + epoch);
            var correct = 0;
            foreach (var p in order)
            {
                var e = episodes[(int)(p >> 32)];
                var i = (int)p;
                PunctuationFeatures.Pass2(e.Words, e.Best, e.Second, e.Starts, e.Nexts, i, features);
                correct += network.Train(features, e.Gold[i]) ? 1 : 0;
            }

            Log($"pass 2: epoch {epoch + 1} training accuracy {(double)correct / order.Length:P2}");
        }

        return network;
    }

    private static long[] Positions(List<TrainingEpisode> episodes)
    {
        var order = new long[episodes.Sum(e => e.Length)];
        var k = 0;
        for (var e = 0; e < episodes.Count; e++)
        {
            for (var i = 0; i < episodes[e].Length; i++)
            {
                order[k++] = ((long)e << 32) | (uint)i;
            }
        }

        return order;
    }

    private static void Shuffle(long[] order, int seed)
    {
        var random = new Random(seed);
        for (var i = order.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }
    }

    /// <summary>Longer than 99.5% of training sentences: splitting there rarely breaks a real sentence.</summary>
    private static int MaxSentenceWords(List<TrainingEpisode> episodes)
    {
        var lengths = new List<int>();
        foreach (var e in episodes)
        {
            var length = 0;
            foreach (var mark in e.Gold)
            {
                length++;
                if (PunctuationFeatures.IsBoundary(mark))
                {
                    lengths.Add(length);
                    length = 0;
                }
            }
        }

        lengths.Sort();
        return lengths.Count == 0 ? 60 : Math.Max(30, lengths[(int)(lengths.Count * 0.995)]);
    }

    private void Log(string message)
    {
        lock (log)
        {
            log.WriteLine($"[{clock.Elapsed:mm\\:ss}] {message}");
            log.Flush();
        }
    }
}
