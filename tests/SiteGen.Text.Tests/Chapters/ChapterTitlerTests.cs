using SiteGen.Text.Analysis;
using SiteGen.Text.Chapters;

namespace SiteGen.Text.Tests.Chapters;

/// <summary>Title rules on constructed chapters (Specs/Titles): each chapter's title is checked against its spec.</summary>
public sealed class ChapterTitlerTests
{
    public static TheoryData<string> Specs => [.. TitleSpec.Names()];

    [Theory]
    [MemberData(nameof(Specs))]
    public void Titles_follow_the_spec(string name)
    {
        var spec = TitleSpec.Load(name);
        var ranges = spec.Chapters.Select(c => (c.First, c.End)).ToList();

        var (titles, _) = ChapterTitler.Title(AnalyzedEpisode.Analyze(spec.Paragraphs), ranges, hasIntro: false, spec.Context);

        Assert.Equal(titles.Length, titles.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        for (var c = 0; c < titles.Length; c++)
        {
            var expected = spec.Chapters[c];
            var words = titles[c].Split(' ');
            Assert.InRange(words.Length, 1, 5);
            for (var w = 1; w < words.Length; w++)
            {
                // "Food food", "Mormon mormons": a repeated word is a stutter, not a heading.
                var stem = words[w - 1].TrimEnd('s');
                Assert.False(words[w].StartsWith(stem, StringComparison.OrdinalIgnoreCase), titles[c]);
            }

            if (expected.Title is not null)
            {
                Assert.Equal(expected.Title, titles[c]);
            }

            foreach (var part in expected.Contains)
            {
                Assert.Contains(part, titles[c], StringComparison.OrdinalIgnoreCase);
            }

            foreach (var other in expected.Not)
            {
                Assert.NotEqual(other, titles[c]);
            }

            foreach (var word in expected.Never)
            {
                Assert.False(words.Any(w => string.Equals(w, word, StringComparison.OrdinalIgnoreCase)), string.Join(" | ", titles));
            }
        }
    }
}
