using System.Collections.Immutable;
using SiteGen.Text.Prose;
using SiteGen.Text.Tests.Transcripts;

namespace SiteGen.Text.Tests.Prose;

public sealed class SentenceSplitterTests
{
    public static TheoryData<int, string, string> Cases()
    {
        var data = new TheoryData<int, string, string>();
        var lines = File.ReadAllLines(RepositoryFiles.Spec("Prose", "sentences.txt"));
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("in:", StringComparison.Ordinal))
            {
                Assert.StartsWith("out:", lines[i + 1], StringComparison.Ordinal);
                data.Add(i + 1, lines[i][3..].Trim(), lines[i + 1][4..].Trim());
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Splits_as_the_spec_says(int line, string input, string expected)
    {
        var words = input.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => new TimedWord(w, null, null)).ToImmutableArray();

        var actual = string.Join(" | ", SentenceSplitter.Split(words).Select(s => s.Text));

        Assert.True(expected == actual, $"spec line {line}: got '{actual}'");
    }

    [Fact]
    public void A_change_of_speaker_ends_a_sentence_and_times_come_from_the_first_word()
    {
        ImmutableArray<TimedWord> words =
        [
            new("so", TimeSpan.FromSeconds(1), "Maya"), new("tell", TimeSpan.FromSeconds(2), "Maya"), new("me", TimeSpan.FromSeconds(3), "Maya"),
            new("sure", TimeSpan.FromSeconds(4), "Tomas"), new("thing.", TimeSpan.FromSeconds(5), "Tomas"),
        ];

        var sentences = SentenceSplitter.Split(words);

        Assert.Equal<Sentence>(
            [new Sentence("So tell me", TimeSpan.FromSeconds(1), "Maya"), new Sentence("Sure thing.", TimeSpan.FromSeconds(4), "Tomas")],
            sentences);
    }

    [Fact]
    public void Run_on_text_is_cut_at_a_comma_after_the_soft_limit_and_anywhere_at_the_hard_limit()
    {
        var words = Enumerable.Range(0, 500)
            .Select(i => new TimedWord(i == 130 ? "word," : "word", TimeSpan.FromSeconds(i), null))
            .ToImmutableArray();

        var sentences = SentenceSplitter.Split(words);

        Assert.Equal([131, 200, 169], sentences.Select(s => s.Text.Split(' ').Length));
        Assert.Equal(TimeSpan.FromSeconds(131), sentences[1].Start);
        Assert.StartsWith("Word ", sentences[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("word ", sentences[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_stream_has_no_sentences()
    {
        Assert.Empty(SentenceSplitter.Split([]));
        Assert.Empty(SentenceSplitter.Split(default));
    }
}
