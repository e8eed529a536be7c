using System.Collections.Immutable;
using SiteGen.Text.Prose;

namespace SiteGen.Text.Analysis;

/// <summary>
/// The paragraphs of an episode with every sentence turned into content-term ids and placed on a minute axis:
/// real start times when the transcript has them, else spoken words at 150 per minute.
/// </summary>
internal sealed class AnalyzedEpisode
{
    public const double WordsPerMinute = 150;

    private readonly int[] terms;

    private AnalyzedEpisode(
        ImmutableArray<Paragraph> paragraphs,
        ContentTermAnalyzer analyzer,
        AnalyzedSentence[] sentences,
        int[] paragraphFirstSentence,
        double[] paragraphMinute,
        int[] terms,
        double totalMinutes)
    {
        Paragraphs = paragraphs;
        Analyzer = analyzer;
        Sentences = sentences;
        ParagraphFirstSentence = paragraphFirstSentence;
        ParagraphMinute = paragraphMinute;
        this.terms = terms;
        TotalMinutes = totalMinutes;
    }

    public ImmutableArray<Paragraph> Paragraphs { get; }

    public ContentTermAnalyzer Analyzer { get; }

    public TermVocabulary Vocabulary => Analyzer.Vocabulary;

    public AnalyzedSentence[] Sentences { get; }

    /// <summary>Index of each paragraph's first sentence; one extra entry holds the sentence count.</summary>
    public int[] ParagraphFirstSentence { get; }

    /// <summary>Start of each paragraph in minutes; one extra entry holds the end of the episode.</summary>
    public double[] ParagraphMinute { get; }

    public double TotalMinutes { get; }

    public ReadOnlySpan<int> TermsOf(in AnalyzedSentence sentence) => terms.AsSpan(sentence.TermStart, sentence.TermCount);

    /// <summary>All term ids of sentences [first, end).</summary>
    public ReadOnlySpan<int> TermsOfSentences(int first, int end)
    {
        if (end <= first)
        {
            return [];
        }

        var start = Sentences[first].TermStart;
        var last = Sentences[end - 1];
        return terms.AsSpan(start, last.TermStart + last.TermCount - start);
    }

    public string TextOf(in AnalyzedSentence sentence) => Paragraphs[sentence.Paragraph].Sentences[sentence.Index].Text;

    /// <summary>IDF over pseudo-documents of <paramref name="blockMinutes"/> of speech within paragraphs [first, end).</summary>
    public double[] BlockIdf(int first, int end, double blockMinutes)
    {
        var blocks = new List<List<int>>();
        var current = new List<int>();
        var blockStart = ParagraphMinute[first];
        for (var s = ParagraphFirstSentence[first]; s < ParagraphFirstSentence[end]; s++)
        {
            var sentence = Sentences[s];
            if (sentence.Minute - blockStart >= blockMinutes && current.Count > 0)
            {
                blocks.Add(current);
                current = [];
                blockStart = sentence.Minute;
            }

            current.AddRange(TermsOf(sentence));
        }

        if (current.Count > 0)
        {
            blocks.Add(current);
        }

        return InverseDocumentFrequency.Compute(blocks, Vocabulary.Count);
    }

    public static AnalyzedEpisode Analyze(ImmutableArray<Paragraph> paragraphs)
    {
        if (paragraphs.IsDefault)
        {
            paragraphs = [];
        }

        var analyzer = new ContentTermAnalyzer();
        var sentences = new List<AnalyzedSentence>();
        var allTerms = new List<int>();
        var firstSentence = new int[paragraphs.Length + 1];
        var minute = new double[paragraphs.Length + 1];
        var tokens = new List<(int Start, int Length)>();
        var timed = paragraphs.Length > 0 && paragraphs.All(p => p.Start is not null);
        double clock = 0;
        double lastStart = 0;
        for (var p = 0; p < paragraphs.Length; p++)
        {
            var paragraph = paragraphs[p];
            if (timed)
            {
                // Times can step backwards in messy sources; the axis must not.
                lastStart = Math.Max(lastStart, paragraph.Start!.Value.TotalMinutes);
                clock = lastStart;
            }

            minute[p] = clock;
            firstSentence[p] = sentences.Count;
            var sentenceClock = clock;
            var sentenceList = paragraph.Sentences.IsDefault ? [] : paragraph.Sentences;
            for (var s = 0; s < sentenceList.Length; s++)
            {
                var text = sentenceList[s].Text ?? string.Empty;
                tokens.Clear();
                WordTokenizer.Tokenize(text, tokens);
                var termStart = allTerms.Count;
                analyzer.AddTerms(text, allTerms);
                sentences.Add(new AnalyzedSentence(p, s, termStart, allTerms.Count - termStart, tokens.Count, sentenceClock));
                sentenceClock += tokens.Count / WordsPerMinute;
            }

            clock = sentenceClock;
        }

        firstSentence[paragraphs.Length] = sentences.Count;
        minute[paragraphs.Length] = clock;
        return new AnalyzedEpisode(paragraphs, analyzer, [.. sentences], firstSentence, minute, [.. allTerms], clock);
    }
}
