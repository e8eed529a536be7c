using System.Collections.Immutable;
using SiteGen.Text.Prose;
using SiteGen.Text.Punctuation;

namespace SiteGen.Text.Tests.Punctuation;

public sealed class PunctuationRestorerTests
{
    private static readonly string[] Stream =
    [
        .. "so i think the most interesting question is what happens when these systems get better than us at everything "
            .Split(' ', StringSplitOptions.RemoveEmptyEntries),
        .. "and i'm not sure anyone knows do you think we will get there in our lifetime well it depends on what you mean "
            .Split(' ', StringSplitOptions.RemoveEmptyEntries),
    ];

    public static TheoryData<string, string, string> CasingCases => SpecFile.Cases("casing.txt");

    public static TheoryData<string, string, string> RestorationCases => SpecFile.Cases("restoration.txt");

    [Fact]
    public void EmbeddedModelLoadsWithLexiconAndNames()
    {
        var restorer = PunctuationRestorer.Default;
        Assert.Same(restorer, PunctuationRestorer.Default);
        Assert.NotEmpty(KnownNames.Default);
        Assert.All(KnownNames.Default, n => Assert.True(char.IsUpper(n.Form[0]), n.Form));
        for (var i = 1; i < KnownNames.Default.Count; i++)
        {
            Assert.True(KnownNames.Default[i - 1].Count >= KnownNames.Default[i].Count);
        }
    }

    [Theory]
    [MemberData(nameof(CasingCases))]
    public void CasesWordsFromSpec(string word, string position, string expected) =>
        Assert.Equal(expected, PunctuationRestorer.Default.Case(word, position == "start"));

    [Theory]
    [MemberData(nameof(RestorationCases))]
    public void RestoresFromSpec(string description, string input, string expected)
    {
        var words = input.Split(' ').Select(w => new TimedWord(w, null, null)).ToImmutableArray();
        var text = string.Join(' ', PunctuationRestorer.Default.Restore(words).Select(s => s.Text));
        Assert.True(expected == text, $"{description}: expected \"{expected}\" but got \"{text}\"");
    }

    [Fact]
    public void EverySentenceStartsWithCapitalAndEndsWithMark()
    {
        var sentences = PunctuationRestorer.Default.Restore(Timed(Stream, _ => null));
        Assert.True(sentences.Length >= 2, string.Join(" / ", sentences.Select(s => s.Text)));
        Assert.All(sentences, s =>
        {
            Assert.True(char.IsUpper(s.Text[0]), s.Text);
            Assert.Contains(s.Text[^1], ".?");
        });
        Assert.Equal(Stream.Length, sentences.Sum(s => s.Text.Split(' ').Length));
        Assert.Contains(sentences, s => s.Text.Contains(" I ", StringComparison.Ordinal) || s.Text.StartsWith("I ", StringComparison.Ordinal));
        Assert.Contains(sentences, s => s.Text.Contains("I'm", StringComparison.Ordinal));
    }

    [Fact]
    public void SpeakerChangeEndsSentenceAndSentencesKeepFirstWordStartAndSpeaker()
    {
        // Mid-clause change: the model alone would never end a sentence after "the".
        string[] words = ["i", "went", "to", "the", "store", "and", "bought", "some", "bread"];
        var sentences = PunctuationRestorer.Default.Restore(Timed(words, i => i < 4 ? "Lex" : "Guest"));
        var guestStart = sentences.Single(s => s.Speaker == "Guest" && s.Start == TimeSpan.FromSeconds(4));
        Assert.StartsWith("Store", guestStart.Text, StringComparison.Ordinal);
        var lex = sentences.Where(s => s.Speaker == "Lex").ToList();
        Assert.EndsWith("the.", lex[^1].Text, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.Zero, lex[0].Start);
    }

    [Fact]
    public void OutputIsDeterministicAndThreadSafe()
    {
        var expected = Predict(PunctuationRestorer.Default, Stream);
        var results = new (PunctuationMark[], string[])[8];
        Parallel.For(0, results.Length, i => results[i] = Predict(PunctuationRestorer.Default, Stream));
        Assert.All(results, r =>
        {
            Assert.Equal(expected.Marks, r.Item1);
            Assert.Equal(expected.Cased, r.Item2);
        });
    }

    [Fact]
    public void ModelSurvivesWriteAndRead()
    {
        using var buffer = new MemoryStream();
        PunctuationModel.Default.Write(buffer);
        buffer.Position = 0;
        var copy = new PunctuationRestorer(PunctuationModel.Read(buffer));
        var expected = Predict(PunctuationRestorer.Default, Stream);
        var actual = Predict(copy, Stream);
        Assert.Equal(expected.Marks, actual.Marks);
        Assert.Equal(expected.Cased, actual.Cased);
    }

    [Fact]
    public void StrayPunctuationOnInputIsIgnoredAndEmptyInputGivesNothing()
    {
        Assert.Empty(PunctuationRestorer.Default.Restore([]));
        var clean = PunctuationRestorer.Default.Restore(Timed(Stream, _ => null));
        var noisy = PunctuationRestorer.Default.Restore(Timed([.. Stream.Select((w, i) => i % 5 == 0 ? w + "," : w), "--"], _ => null));
        Assert.Equal(clean.Select(s => s.Text), noisy.Select(s => s.Text));
    }

    [Fact]
    public void LongRunsAreSplit()
    {
        var words = Enumerable.Repeat("very", 400).ToArray();
        var marks = new PunctuationMark[words.Length];
        var cased = new string[words.Length];
        PunctuationRestorer.Default.Predict(words, marks, cased);
        var run = 0;
        foreach (var mark in marks)
        {
            run = mark is PunctuationMark.Period or PunctuationMark.Question ? 0 : run + 1;
            Assert.True(run < PunctuationModel.Default.MaxSentenceWords);
        }
    }

    private static ImmutableArray<TimedWord> Timed(string[] words, Func<int, string?> speaker) =>
        words.Select((w, i) => new TimedWord(w, TimeSpan.FromSeconds(i), speaker(i))).ToImmutableArray();

    private static (PunctuationMark[] Marks, string[] Cased) Predict(PunctuationRestorer restorer, string[] words)
    {
        var marks = new PunctuationMark[words.Length];
        var cased = new string[words.Length];
        restorer.Predict(words, marks, cased);
        return (marks, cased);
    }
}
