using SiteGen.Text.Analysis;

namespace SiteGen.Text.Chapters;

/// <summary>
/// Evidence that a chapter starts at a paragraph: lexical cohesion and its dips at several scales, vocabulary not heard
/// for a while, words the paragraph (or its reply) brings in that keep coming back, whether the paragraph echoes what
/// follows more than what precedes, the host taking the floor with a question or a transition phrase ("let me ask you
/// about"), learnt opening cue phrases, and how the paragraph compares with the other turns of the minute around it.
/// </summary>
internal static class BoundaryFeatures
{
    public const int Depth = 0;
    public const int ShortDepth = 1;
    public const int Novelty = 2;
    public const int HostTurn = 3;
    public const int Question = 4;
    public const int Transition = 5;
    public const int TurnLength = 6;
    public const int CloseCohesion = 7;
    public const int NearNovelty = 8;
    public const int TightCohesion = 9;
    public const int MidCohesion = 10;
    public const int TurnCohesion = 11;
    public const int PreviousLength = 12;
    public const int LongestNearby = 13;
    public const int NoveltyNearby = 14;
    public const int FirstQuestion = 15;
    public const int ForwardCohesion = 16;
    public const int ForwardShift = 17;
    public const int Introduced = 18;
    public const int IntroducedWithReply = 19;
    public const int LongDepth = 20;
    public const int WideCohesion = 21;
    public const int Cue = 22;
    public const int Count = 23;

    // Minutes of earlier speech a word must be absent from to count as new.
    private const double NoveltyMemoryMinutes = 10;
    private const double NoveltyAheadMinutes = 2;
    private const int TransitionWords = 40;
    private const double NearbyMinutes = 1;

    private static readonly string[] Transitions =
    [
        "let me ask", "ask you about", "ask you a", "speaking of", "you mentioned", "you wrote", "you've written",
        "talk about", "talked about", "big question", "the topic of", "on the topic", "switch gears", "switching gears",
        "change gears", "let's go to", "let's go back", "let's move", "moving on", "let's talk", "let's get into",
        "let's dive", "i want to ask", "i wanted to ask", "i'd like to ask", "i have to ask", "what do you think about",
        "your book", "you've been", "another question", "a question about", "on a different", "different topic",
        "let's return", "zoom out", "let's step back",
    ];

    /// <summary>Candidate paragraphs in (first, end) and one feature row per candidate.</summary>
    public static (List<int> Candidates, double[][] Rows) Compute(
        AnalyzedEpisode episode, int first, int end, EpisodeContext context, SegmentationSettings settings, CueLexicon cues)
    {
        var candidates = new List<int>();
        for (var p = first + 1; p < end; p++)
        {
            if (episode.ParagraphFirstSentence[p + 1] > episode.ParagraphFirstSentence[p])
            {
                candidates.Add(p);
            }
        }

        var rows = new double[candidates.Count][];
        if (candidates.Count == 0)
        {
            return (candidates, rows);
        }

        var idf = episode.BlockIdf(first, end, settings.BlockMinutes);
        var depth = Standardize(Depths(Smooth(Cohesion(episode, first, end, candidates, idf, settings.WindowMinutes))));
        var shortDepth = Standardize(Depths(Smooth(Cohesion(episode, first, end, candidates, idf, settings.WindowMinutes / 2))));
        var novelty = NewVocabulary(episode, first, end, candidates, idf, NoveltyMemoryMinutes, NoveltyAheadMinutes);
        var nearNovelty = NewVocabulary(episode, first, end, candidates, idf, 4, 1);
        var close = Cohesion(episode, first, end, candidates, idf, 1.5);
        var tight = Cohesion(episode, first, end, candidates, idf, 0.75);
        var mid = Cohesion(episode, first, end, candidates, idf, 3);
        var turn = OwnCohesion(episode, first, candidates, idf, 2);
        var longDepth = Standardize(Depths(Smooth(Cohesion(episode, first, end, candidates, idf, settings.WindowMinutes * 5 / 3))));
        var wide = Cohesion(episode, first, end, candidates, idf, settings.WindowMinutes);
        var (forward, introduced, introducedWithReply) = Introductions(episode, end, candidates, idf);
        var speakers = BoundaryFinder.HasSpeakers(episode, first, end);
        for (var i = 0; i < candidates.Count; i++)
        {
            var row = new double[Count];
            row[ForwardCohesion] = forward[i];
            row[ForwardShift] = forward[i] - turn[i];
            row[Introduced] = introduced[i];
            row[IntroducedWithReply] = introducedWithReply[i];
            row[LongDepth] = longDepth[i];
            row[WideCohesion] = wide[i];
            row[Cue] = cues.Score(episode.Paragraphs[candidates[i]].Text);
            row[Depth] = depth[i];
            row[ShortDepth] = shortDepth[i];
            row[Novelty] = novelty[i];
            row[NearNovelty] = nearNovelty[i];
            row[CloseCohesion] = close[i];
            row[TightCohesion] = tight[i];
            row[MidCohesion] = mid[i];
            row[TurnCohesion] = turn[i];
            var p = candidates[i];
            var hostTurn = !speakers || IsHostTurn(episode, p, context);
            if (hostTurn)
            {
                var paragraph = episode.Paragraphs[p];
                row[HostTurn] = speakers ? 1 : 0;
                row[Question] = AsksQuestion(paragraph) ? 1 : 0;
                row[Transition] = HasTransition(paragraph.Text) ? 1 : 0;
                if (speakers)
                {
                    var words = 0;
                    for (var s = episode.ParagraphFirstSentence[p]; s < episode.ParagraphFirstSentence[p + 1]; s++)
                    {
                        words += episode.Sentences[s].WordCount;
                    }

                    row[TurnLength] = Math.Log(1 + words) / 5;
                    var previous = 0;
                    for (var s = episode.ParagraphFirstSentence[p - 1]; s < episode.ParagraphFirstSentence[p]; s++)
                    {
                        previous += episode.Sentences[s].WordCount;
                    }

                    row[PreviousLength] = Math.Log(1 + previous) / 5;
                }
            }

            rows[i] = row;
        }

        // Several host turns open a topic within a minute; the one that carries it is the longest, newest, first one.
        for (var i = 0; i < candidates.Count; i++)
        {
            var minute = episode.ParagraphMinute[candidates[i]];
            double longest = 0, newest = 0;
            var earlierQuestion = false;
            for (var j = i - 1; j >= 0 && minute - episode.ParagraphMinute[candidates[j]] <= NearbyMinutes; j--)
            {
                longest = Math.Max(longest, rows[j][TurnLength]);
                newest = Math.Max(newest, rows[j][Novelty]);
                earlierQuestion |= rows[j][Question] > 0;
            }

            for (var j = i + 1; j < candidates.Count && episode.ParagraphMinute[candidates[j]] - minute <= NearbyMinutes; j++)
            {
                longest = Math.Max(longest, rows[j][TurnLength]);
                newest = Math.Max(newest, rows[j][Novelty]);
            }

            rows[i][LongestNearby] = rows[i][TurnLength] - longest;
            rows[i][NoveltyNearby] = rows[i][Novelty] - newest;
            rows[i][FirstQuestion] = rows[i][Question] > 0 && !earlierQuestion ? 1 : 0;
        }

        return (candidates, rows);
    }

    // Cosine between the idf-weighted words of the minutes before and after each gap. Both windows slide forward, so
    // the dot product and norms are updated per word entering or leaving instead of rebuilt per gap.
    private static double[] Cohesion(
        AnalyzedEpisode episode, int first, int end, List<int> candidates, double[] idf, double windowMinutes)
    {
        var sentences = episode.Sentences;
        var endSentence = episode.ParagraphFirstSentence[end];
        var leftCount = new int[idf.Length];
        var rightCount = new int[idf.Length];
        double dot = 0, leftNorm = 0, rightNorm = 0;
        var left = episode.ParagraphFirstSentence[first];
        var gap = left;
        var right = left;
        var similarity = new double[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            var next = episode.ParagraphFirstSentence[candidates[i]];
            for (; right < next; right++)
            {
                AddRight(right, 1);
            }

            for (; gap < next; gap++)
            {
                AddRight(gap, -1);
                AddLeft(gap, 1);
            }

            var gapMinute = sentences[gap].Minute;

            // Always take at least one sentence on each side, even across a long monologue.
            for (; right < endSentence && (right == gap || sentences[right].Minute - gapMinute < windowMinutes); right++)
            {
                AddRight(right, 1);
            }

            for (; left < gap - 1 && gapMinute - sentences[left].Minute > windowMinutes; left++)
            {
                AddLeft(left, -1);
            }

            similarity[i] = leftNorm > 0 && rightNorm > 0 ? dot / Math.Sqrt(leftNorm * rightNorm) : 0;
        }

        return similarity;

        void AddLeft(int sentence, int delta)
        {
            foreach (var id in episode.TermsOf(sentences[sentence]))
            {
                var w = idf[id] * idf[id];
                leftNorm += w * ((2 * leftCount[id] * delta) + 1);
                dot += w * delta * rightCount[id];
                leftCount[id] += delta;
            }
        }

        void AddRight(int sentence, int delta)
        {
            foreach (var id in episode.TermsOf(sentences[sentence]))
            {
                var w = idf[id] * idf[id];
                rightNorm += w * ((2 * rightCount[id] * delta) + 1);
                dot += w * delta * leftCount[id];
                rightCount[id] += delta;
            }
        }
    }

    // How much the paragraph itself (a question that follows up, or one that opens something new) echoes what was just said.
    private static double[] OwnCohesion(AnalyzedEpisode episode, int first, List<int> candidates, double[] idf, double windowMinutes)
    {
        var sentences = episode.Sentences;
        var before = new int[idf.Length];
        double beforeNorm = 0;
        var left = episode.ParagraphFirstSentence[first];
        var gap = left;
        var own = new Dictionary<int, int>();
        var similarity = new double[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            var p = candidates[i];
            var next = episode.ParagraphFirstSentence[p];
            for (; gap < next; gap++)
            {
                Add(gap, 1);
            }

            var gapMinute = sentences[gap].Minute;
            for (; left < gap - 1 && gapMinute - sentences[left].Minute > windowMinutes; left++)
            {
                Add(left, -1);
            }

            own.Clear();
            foreach (var id in episode.TermsOfSentences(gap, episode.ParagraphFirstSentence[p + 1]))
            {
                own[id] = own.GetValueOrDefault(id) + 1;
            }

            double dot = 0, ownNorm = 0;
            foreach (var (id, count) in own)
            {
                var w = idf[id] * idf[id];
                dot += w * count * before[id];
                ownNorm += w * count * count;
            }

            similarity[i] = beforeNorm > 0 && ownNorm > 0 ? dot / Math.Sqrt(beforeNorm * ownNorm) : 0;
        }

        return similarity;

        void Add(int sentence, int delta)
        {
            foreach (var id in episode.TermsOf(sentences[sentence]))
            {
                beforeNorm += idf[id] * idf[id] * ((2 * before[id] * delta) + 1);
                before[id] += delta;
            }
        }
    }

    // A question that opens a topic names it: its words were not heard for a while and keep coming back afterwards.
    // Also how much the paragraph echoes what follows it (against OwnCohesion, what preceded it).
    private static (double[] Forward, double[] Introduced, double[] IntroducedWithReply) Introductions(
        AnalyzedEpisode episode, int end, List<int> candidates, double[] idf)
    {
        const double MemoryMinutes = 10;
        const double AheadMinutes = 5;
        const double EchoMinutes = 3;
        var sentences = episode.Sentences;
        var endSentence = episode.ParagraphFirstSentence[end];
        var lastHeard = new double[idf.Length];
        Array.Fill(lastHeard, double.NegativeInfinity);
        var heardUpTo = 0;

        var after = new int[idf.Length];
        var echo = new int[idf.Length];
        double echoNorm = 0;
        var aheadFrom = 0;
        var aheadTo = 0;
        var echoFrom = 0;
        var echoTo = 0;
        var seen = new int[idf.Length];
        var stamp = 0;
        var forward = new double[candidates.Count];
        var introduced = new double[candidates.Count];
        var withReply = new double[candidates.Count];
        var own = new Dictionary<int, int>();
        for (var i = 0; i < candidates.Count; i++)
        {
            var p = candidates[i];
            var gap = episode.ParagraphFirstSentence[p];
            for (; heardUpTo < gap; heardUpTo++)
            {
                foreach (var id in episode.TermsOf(sentences[heardUpTo]))
                {
                    lastHeard[id] = sentences[heardUpTo].Minute;
                }
            }

            var ownEnd = episode.ParagraphFirstSentence[p + 1];
            var replyEnd = episode.ParagraphFirstSentence[Math.Min(p + 2, end)];
            var gapMinute = sentences[gap].Minute;

            // Windows of the sentences after the paragraph, up to some minutes after it starts.
            Slide(after, ref aheadFrom, ref aheadTo, ownEnd, gapMinute + AheadMinutes);
            SlideNorm(echo, ref echoFrom, ref echoTo, ownEnd, gapMinute + EchoMinutes, ref echoNorm);

            own.Clear();
            foreach (var id in episode.TermsOfSentences(gap, ownEnd))
            {
                own[id] = own.GetValueOrDefault(id) + 1;
            }

            double dot = 0, ownNorm = 0, fresh = 0;
            stamp++;
            foreach (var (id, count) in own)
            {
                var w = idf[id] * idf[id];
                dot += w * count * echo[id];
                ownNorm += w * count * count;
                seen[id] = stamp;
                if (gapMinute - lastHeard[id] > MemoryMinutes && after[id] >= 2)
                {
                    fresh += idf[id] * Math.Log(1 + after[id]);
                }
            }

            forward[i] = echoNorm > 0 && ownNorm > 0 ? dot / Math.Sqrt(echoNorm * ownNorm) : 0;
            introduced[i] = Math.Log(1 + fresh);

            // The reply usually names the topic too; its words count when they were new before the question.
            foreach (var id in episode.TermsOfSentences(ownEnd, replyEnd))
            {
                if (seen[id] != stamp)
                {
                    seen[id] = stamp;
                    if (gapMinute - lastHeard[id] > MemoryMinutes && after[id] >= 3)
                    {
                        fresh += idf[id] * Math.Log(after[id] - 1);
                    }
                }
            }

            withReply[i] = Math.Log(1 + fresh);
        }

        return (forward, introduced, withReply);

        void Slide(int[] counts, ref int from, ref int to, int newFrom, double untilMinute)
        {
            for (; to < endSentence && sentences[to].Minute < untilMinute; to++)
            {
                if (to >= from)
                {
                    foreach (var id in episode.TermsOf(sentences[to]))
                    {
                        counts[id]++;
                    }
                }
            }

            for (; from < newFrom; from++)
            {
                if (from < to)
                {
                    foreach (var id in episode.TermsOf(sentences[from]))
                    {
                        counts[id]--;
                    }
                }
            }

            if (to < from)
            {
                to = from;
            }
        }

        void SlideNorm(int[] counts, ref int from, ref int to, int newFrom, double untilMinute, ref double norm)
        {
            for (; to < endSentence && sentences[to].Minute < untilMinute; to++)
            {
                if (to >= from)
                {
                    foreach (var id in episode.TermsOf(sentences[to]))
                    {
                        norm += idf[id] * idf[id] * ((2 * counts[id]) + 1);
                        counts[id]++;
                    }
                }
            }

            for (; from < newFrom; from++)
            {
                if (from < to)
                {
                    foreach (var id in episode.TermsOf(sentences[from]))
                    {
                        norm += idf[id] * idf[id] * (1 - (2 * counts[id]));
                        counts[id]--;
                    }
                }
            }

            if (to < from)
            {
                to = from;
            }
        }
    }

    // Share of the idf mass of the next minutes carried by words not heard in the preceding memory span.
    private static double[] NewVocabulary(
        AnalyzedEpisode episode, int first, int end, List<int> candidates, double[] idf, double memoryMinutes, double aheadMinutes)
    {
        var lastHeard = new double[idf.Length];
        Array.Fill(lastHeard, double.NegativeInfinity);
        var heardUpTo = episode.ParagraphFirstSentence[first];
        var endSentence = episode.ParagraphFirstSentence[end];
        var novelty = new double[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            var gap = episode.ParagraphFirstSentence[candidates[i]];
            for (; heardUpTo < gap; heardUpTo++)
            {
                var minute = episode.Sentences[heardUpTo].Minute;
                foreach (var id in episode.TermsOf(episode.Sentences[heardUpTo]))
                {
                    lastHeard[id] = minute;
                }
            }

            var gapMinute = episode.Sentences[gap].Minute;
            double total = 0, fresh = 0;
            for (var s = gap; s < endSentence && episode.Sentences[s].Minute - gapMinute < aheadMinutes; s++)
            {
                foreach (var id in episode.TermsOf(episode.Sentences[s]))
                {
                    var weight = id < idf.Length ? idf[id] : 0;
                    total += weight;
                    if (gapMinute - lastHeard[id] > memoryMinutes)
                    {
                        fresh += weight;
                    }
                }
            }

            novelty[i] = total > 0 ? fresh / total : 0;
        }

        return novelty;
    }

    private static double[] Smooth(double[] values)
    {
        if (values.Length < 3)
        {
            return values;
        }

        var smooth = new double[values.Length];
        smooth[0] = values[0];
        smooth[^1] = values[^1];
        for (var i = 1; i < values.Length - 1; i++)
        {
            smooth[i] = (values[i - 1] + (2 * values[i]) + values[i + 1]) / 4;
        }

        return smooth;
    }

    private static double[] Depths(double[] similarity)
    {
        var depth = new double[similarity.Length];
        for (var i = 0; i < similarity.Length; i++)
        {
            var left = similarity[i];
            for (var j = i - 1; j >= 0 && similarity[j] >= left; j--)
            {
                left = similarity[j];
            }

            var right = similarity[i];
            for (var j = i + 1; j < similarity.Length && similarity[j] >= right; j++)
            {
                right = similarity[j];
            }

            depth[i] = left + right - (2 * similarity[i]);
        }

        return depth;
    }

    // Depth scales differ between a chatty and a technical episode; standard units make one model fit both.
    private static double[] Standardize(double[] values)
    {
        double mean = 0;
        foreach (var v in values)
        {
            mean += v;
        }

        mean /= values.Length;
        double variance = 0;
        foreach (var v in values)
        {
            variance += (v - mean) * (v - mean);
        }

        var sd = Math.Sqrt(variance / values.Length);
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = sd > 1e-12 ? (values[i] - mean) / sd : 0;
        }

        return values;
    }

    // Without speaker names every paragraph start may be the host's; with them, only a change to a host counts.
    private static bool IsHostTurn(AnalyzedEpisode episode, int paragraph, EpisodeContext context)
    {
        var current = episode.Paragraphs[paragraph].Speaker;
        if (current is null || string.Equals(current, episode.Paragraphs[paragraph - 1].Speaker, StringComparison.Ordinal))
        {
            return false;
        }

        if (context.Hosts.IsDefaultOrEmpty)
        {
            return true;
        }

        foreach (var host in context.Hosts)
        {
            if (string.Equals(host, current, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AsksQuestion(Prose.Paragraph paragraph)
    {
        foreach (var sentence in paragraph.Sentences)
        {
            if (sentence.Text.TrimEnd().EndsWith('?'))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasTransition(string text)
    {
        var words = 0;
        var cut = text.Length;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == ' ' && ++words == TransitionWords)
            {
                cut = i;
                break;
            }
        }

        var opening = text[..cut].ToLowerInvariant().Replace('\u2019', '\'');
        foreach (var phrase in Transitions)
        {
            if (opening.Contains(phrase, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
