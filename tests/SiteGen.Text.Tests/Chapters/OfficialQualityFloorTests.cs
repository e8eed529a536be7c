using SiteGen.Text.Chapters;
using SiteGen.Text.Summary;

namespace SiteGen.Text.Tests.Chapters;

/// <summary>
/// Floors for chapters on the first official transcripts of the shared corpus, set a little below what eval-chapters
/// --limit 8 measured on these 8 (F1@60 0.647, F1@120 0.692, Pk 0.259, title overlap 37.0 % with the episode title
/// in the context; equal-length baseline F1 0.165 and 0.393, Pk 0.523, top-word titles 20 %). These episodes are among
/// those the boundary model was fitted on: the held-out figures of eval-chapters --fit true are the honest ones.
/// Raise them, never lower them.
/// </summary>
public sealed class OfficialQualityFloorTests
{
    private const int Episodes = 8;

    [SharedCorpusFact]
    public void Boundaries_and_titles_match_official_outlines_above_the_floor()
    {
        var f1At60 = new List<double>();
        var f1At120 = new List<double>();
        var countRatio = new List<double>();
        var titleOverlap = new List<double>();
        foreach (var transcript in Load())
        {
            var chapters = ChapterSegmenter.Segment(transcript.Paragraphs, transcript.Context);
            var found = chapters.Select(c => c.Start!.Value.TotalSeconds).ToList();
            f1At60.Add(OfficialTranscript.BoundaryF1(transcript.GoldStarts, found, 60));
            f1At120.Add(OfficialTranscript.BoundaryF1(transcript.GoldStarts, found, 120));
            countRatio.Add((double)chapters.Length / transcript.GoldStarts.Length);
            titleOverlap.Add(transcript.TitleOverlap(chapters));
        }

        Assert.True(f1At60.Average() >= 0.62, $"F1@60 {f1At60.Average():F3}");
        Assert.True(f1At120.Average() >= 0.65, $"F1@120 {f1At120.Average():F3}");
        Assert.InRange(countRatio.Average(), 0.7, 1.5);
        Assert.True(titleOverlap.Average() >= 0.35, $"title overlap {titleOverlap.Average():F3}");
    }

    [SharedCorpusFact]
    public void Every_episode_gets_an_introduction_and_a_short_description_the_same_from_its_chapters()
    {
        foreach (var transcript in Load().Take(3))
        {
            var chapters = ChapterSegmenter.Segment(transcript.Paragraphs, transcript.Context);
            var summary = Summarizer.Summarize(transcript.Paragraphs, transcript.Context);
            var reused = Summarizer.Summarize(transcript.Paragraphs, chapters, transcript.Context);

            Assert.Equal<string>(summary.Sentences, reused.Sentences);
            Assert.Equal(summary.Description, reused.Description);
            Assert.Equal("Introduction", chapters[0].Title);
            Assert.InRange(summary.Sentences.Length, 3, 5);
            Assert.InRange(summary.Description.Length, 20, 160);
        }
    }

    private static IEnumerable<OfficialTranscript> Load()
    {
        var official = Path.Combine(SpecFiles.SharedCorpus, "official");
        var outlines = Path.Combine(SpecFiles.SharedCorpus, "outlines");
        return Directory.GetFiles(official, "*.md")
            .Order(StringComparer.Ordinal)
            .Where(f => File.Exists(Path.Combine(outlines, Path.GetFileNameWithoutExtension(f) + ".json")))
            .Take(Episodes)
            .Select(f => OfficialTranscript.Load(f, Path.Combine(outlines, Path.GetFileNameWithoutExtension(f) + ".json")));
    }
}
