using System.Collections.Immutable;
using System.Globalization;
using SiteGen.Building;
using SiteGen.Core.Documents;
using SiteGen.Publishing;
using SiteGen.Text.Chapters;
using SiteGen.Text.Names;
using SiteGen.Text.Prose;
using SiteGen.Text.Similarity;
using SiteGen.Text.Summary;
using SiteGen.Text.Transcripts;

namespace SiteGen.Rendering;

/// <summary>Builds the episode page's view from the document's metadata.</summary>
internal static class EpisodePage
{
    public static EpisodeView View(Document document, string root, IReadOnlyList<TermLink> termLinks, IReadOnlyDictionary<string, Document> episodesBySlug)
    {
        var metadata = document.Get<TranscriptMetadata>(Keys.Episode);
        var slug = document.Get<string>(Keys.Slug);
        var paragraphs = document.Get<ImmutableArray<Paragraph>>(Keys.Paragraphs);
        var chapters = document.GetOrDefault(Keys.Chapters, ImmutableArray<Chapter>.Empty);
        var summary = document.TryGet<EpisodeSummary>(Keys.Summary, out var s) ? s : null;
        var linked = new HashSet<string>(StringComparer.Ordinal);

        return new EpisodeView
        {
            Title = Title(metadata),
            Number = metadata.EpisodeNumber,
            DateIso = metadata.Date is { } d ? Formats.IsoDate(d) : null,
            DateDisplay = metadata.Date is { } d2 ? Formats.Date(d2) : null,
            Duration = metadata.Duration is { } duration ? Formats.Duration(duration) : null,
            Guests = [.. metadata.Guests.Select(g => new GuestView(g, Links.Guest(g)))],
            YoutubeUrl = metadata.VideoId is { } id ? Links.YouTube(id) : null,
            VideoId = metadata.VideoId,
            AudioUrl = metadata.AudioUrl,
            Summary = summary?.Sentences ?? [],
            Chapters = Chapters(metadata, paragraphs, chapters, root, termLinks, linked),
            Appearances = document.GetOrDefault(Keys.Appearances, ImmutableArray<AppearanceView>.Empty),
            Glossary = GlossaryViews.For(document),
            Related = Related(document, episodesBySlug),
            Downloads = Downloads(slug, document),
            YoutubeChapters = EpisodeDownloads.ChapterMarks(document) is { Length: > 1 } marks ? ChaptersJson.YouTubeList(marks) : null,
        };
    }

    /// <summary>"Guest: Topic" when the title could be parsed (the podcast's name and number are shown elsewhere), else the title.</summary>
    public static string Title(TranscriptMetadata metadata) =>
        !metadata.Guests.IsDefaultOrEmpty && metadata.Topic is { Length: > 0 } topic
            ? $"{string.Join(" & ", metadata.Guests)}: {topic}"
            : metadata.Title ?? "Untitled episode";

    public static string? Description(Document document) =>
        document.TryGet<EpisodeSummary>(Keys.Summary, out var summary) && summary.Description.Length > 0
            ? summary.Description
            : document.Get<TranscriptMetadata>(Keys.Episode).Description;

    private static ImmutableArray<ChapterView> Chapters(
        TranscriptMetadata metadata, ImmutableArray<Paragraph> paragraphs, ImmutableArray<Chapter> chapters,
        string root, IReadOnlyList<TermLink> termLinks, HashSet<string> linked)
    {
        if (chapters.IsDefaultOrEmpty)
        {
            chapters = [new Chapter("Transcript", 0, paragraphs.Length, paragraphs.IsEmpty ? null : paragraphs[0].Start, "")];
        }

        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var views = ImmutableArray.CreateBuilder<ChapterView>(chapters.Length);
        foreach (var chapter in chapters)
        {
            var anchor = Slugs.From(chapter.Title, 50);
            for (var n = 2; !anchors.Add(anchor); n++)
            {
                anchor = string.Create(CultureInfo.InvariantCulture, $"{Slugs.From(chapter.Title, 50)}-{n}");
            }

            var items = ImmutableArray.CreateBuilder<ParagraphView>(chapter.ParagraphCount);
            for (var i = chapter.FirstParagraph; i < chapter.FirstParagraph + chapter.ParagraphCount && i < paragraphs.Length; i++)
            {
                var p = paragraphs[i];
                items.Add(new ParagraphView(
                    ParagraphView.AnchorOf(i),
                    p.Start is { } t ? Formats.Clock(t) : null,
                    p.Start?.TotalSeconds is { } sec ? Math.Floor(sec) : null,
                    Links.Seek(metadata.VideoId, metadata.AudioUrl, p.Start),
                    p.Speaker,
                    ParagraphHtml.Render(p.Text, termLinks, linked, root)));
            }

            views.Add(new ChapterView(
                chapter.Title,
                anchor,
                chapter.Start is { } start ? Formats.Clock(start) : null,
                chapter.Start?.TotalSeconds is { } seconds ? Math.Floor(seconds) : null,
                Links.Seek(metadata.VideoId, metadata.AudioUrl, chapter.Start) ?? "#" + anchor,
                string.IsNullOrWhiteSpace(chapter.Summary) ? null : chapter.Summary,
                items.DrainToImmutable()));
        }

        return views.ToImmutable();
    }

    private static ImmutableArray<RelatedView> Related(Document document, IReadOnlyDictionary<string, Document> episodesBySlug) =>
    [
        .. document.GetOrDefault(Keys.Related, ImmutableArray<RelatedEpisode>.Empty)
            .Where(r => episodesBySlug.ContainsKey(r.Id))
            .Select(r => new RelatedView(
                Title(episodesBySlug[r.Id].Get<TranscriptMetadata>(Keys.Episode)),
                Links.Episode(r.Id),
                r.Reasons.IsDefaultOrEmpty ? null : string.Join(", ", r.Reasons.Take(4)))),
    ];

    private static ImmutableArray<LinkView> Downloads(string slug, Document document) =>
        [.. EpisodeDownloads.For(document).Select(f => new LinkView(f.Label, f.FileName))];
}
