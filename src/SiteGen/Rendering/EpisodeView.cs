using System.Collections.Immutable;

namespace SiteGen.Rendering;

internal sealed record EpisodeView
{
    public required string Title { get; init; }
    public int? Number { get; init; }
    public string? DateIso { get; init; }
    public string? DateDisplay { get; init; }
    public string? Duration { get; init; }
    public ImmutableArray<GuestView> Guests { get; init; } = [];
    public string? YoutubeUrl { get; init; }
    public string? VideoId { get; init; }
    public string? AudioUrl { get; init; }
    public ImmutableArray<string> Summary { get; init; } = [];
    public ImmutableArray<ChapterView> Chapters { get; init; } = [];
    public ImmutableArray<GlossaryView> Glossary { get; init; } = [];
    public ImmutableArray<RelatedView> Related { get; init; } = [];
    public ImmutableArray<AppearanceView> Appearances { get; init; } = [];
    public ImmutableArray<LinkView> Downloads { get; init; } = [];
    public string? YoutubeChapters { get; init; }
}
