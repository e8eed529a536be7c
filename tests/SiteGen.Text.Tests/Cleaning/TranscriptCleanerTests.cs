using System.Collections.Immutable;
using SiteGen.Text.Cleaning;
using SiteGen.Text.Prose;
using SiteGen.Text.Tests.Transcripts;

namespace SiteGen.Text.Tests.Cleaning;

public sealed class TranscriptCleanerTests
{
    public static TheoryData<int, string, string> Cases()
    {
        var data = new TheoryData<int, string, string>();
        var lines = File.ReadAllLines(RepositoryFiles.Spec("Cleaning", "cleaning.txt"));
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
    public void Cleans_as_the_spec_says(int line, string input, string expected)
    {
        var words = input.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => new TimedWord(w, null, null)).ToImmutableArray();

        var cleaned = TranscriptCleaner.Clean(words);

        Assert.True(expected == string.Join(' ', cleaned.Select(w => w.Text)), $"spec line {line}: got '{string.Join(' ', cleaned.Select(w => w.Text))}'");
    }

    [Fact]
    public void Collapsed_stutter_keeps_the_first_words_time()
    {
        ImmutableArray<TimedWord> words = [new("i", TimeSpan.FromSeconds(1), "A"), new("i", TimeSpan.FromSeconds(2), "A"), new("think", TimeSpan.FromSeconds(3), "A")];

        var cleaned = TranscriptCleaner.Clean(words);

        Assert.Equal<TimedWord>([new TimedWord("I", TimeSpan.FromSeconds(1), "A"), new TimedWord("think", TimeSpan.FromSeconds(3), "A")], cleaned);
    }

    [Fact]
    public void Repeats_across_a_change_of_speaker_stay()
    {
        ImmutableArray<TimedWord> words = [new("and", null, "A"), new("and", null, "B"), new("then", null, "B")];

        Assert.Equal(3, TranscriptCleaner.Clean(words).Length);
    }

    [Fact]
    public void A_fillers_full_stop_does_not_move_to_another_speaker()
    {
        ImmutableArray<TimedWord> words = [new("right", null, "A"), new("um.", null, "B"), new("So", null, "B")];

        Assert.Equal(["right", "So"], TranscriptCleaner.Clean(words).Select(w => w.Text));
    }

    [Fact]
    public void Empty_words_are_dropped()
    {
        ImmutableArray<TimedWord> words = [new("", null, null), new("well", null, null), new(" ", null, null)];

        Assert.Equal(["well"], TranscriptCleaner.Clean(words).Select(w => w.Text));
    }

    [Fact]
    public void Empty_and_default_streams_clean_to_empty()
    {
        Assert.Empty(TranscriptCleaner.Clean([]));
        Assert.Empty(TranscriptCleaner.Clean(default));
    }
}
