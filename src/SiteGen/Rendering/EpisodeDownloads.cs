using System.Collections.Immutable;
using SiteGen.Core.Documents;
using SiteGen.Publishing;
using SiteGen.Text.Chapters;
using SiteGen.Text.Prose;
using SiteGen.Text.Transcripts;

namespace SiteGen.Rendering;

/// <summary>
/// The files published beside an episode page (transcripts, chapters), in one place so the page's download
/// links, the feed's podcast:transcript tags and the files themselves always agree.
/// </summary>
internal static class EpisodeDownloads
{
    public static ImmutableArray<DownloadFile> For(Document episode)
    {
        var metadata = episode.Get<TranscriptMetadata>(Keys.Episode);
        var sentences = episode.Get<ImmutableArray<Sentence>>(Keys.Sentences);
        var paragraphs = episode.Get<ImmutableArray<Paragraph>>(Keys.Paragraphs);
        var timed = !sentences.IsEmpty && sentences[0].Start is not null;
        var files = ImmutableArray.CreateBuilder<DownloadFile>();
        files.Add(new DownloadFile("Transcript (text)", "transcript.txt", TranscriptFormats.PlainTextType, null, () => TranscriptFormats.PlainText(paragraphs)));
        files.Add(new DownloadFile("Transcript (JSON)", "transcript.json", TranscriptFormats.JsonType, null, () => TranscriptFormats.Json(sentences, metadata.Duration)));
        if (timed)
        {
            files.Add(new DownloadFile("Captions (WebVTT)", "transcript.vtt", TranscriptFormats.WebVttType, "captions", () => TranscriptFormats.WebVtt(sentences, metadata.Duration)));
            files.Add(new DownloadFile("Captions (SRT)", "transcript.srt", TranscriptFormats.SrtType, "captions", () => TranscriptFormats.Srt(sentences, metadata.Duration)));
            var marks = ChapterMarks(episode);
            if (marks.Length > 1)
            {
                files.Add(new DownloadFile("Chapters (JSON)", "chapters.json", ChaptersJson.MimeType, null, () => ChaptersJson.Write(marks, metadata.PodcastName, metadata.Title)));
            }
        }

        return files.ToImmutable();
    }

    /// <summary>Chapter starts for apps and video descriptions; empty unless the transcript is timed.</summary>
    public static ImmutableArray<ChapterMark> ChapterMarks(Document episode)
    {
        var chapters = episode.GetOrDefault(Keys.Chapters, ImmutableArray<Chapter>.Empty);
        if (chapters.IsDefaultOrEmpty || chapters.Any(c => c.Start is null))
        {
            return [];
        }

        return [.. chapters.Select((c, i) => new ChapterMark(i == 0 ? TimeSpan.Zero : c.Start!.Value, c.Title))];
    }
}
