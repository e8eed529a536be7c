using System.Collections.Immutable;

namespace SiteGen.Publishing;

/// <summary>One episode in the feed.</summary>
internal sealed record FeedItem
{
    public required string Title { get; init; }

    /// <summary>The episode's page on the site.</summary>
    public required string Link { get; init; }

    public required string Description { get; init; }

    /// <summary>
    /// Must never change once published, or apps show the episode again as new: derive it from something stable
    /// (the episode slug or number), not from the URL layout.
    /// </summary>
    public required string Guid { get; init; }

    public required DateTimeOffset PubDate { get; init; }

    /// <summary>The audio file, when known; without it the item is a text-only entry.</summary>
    public FeedEnclosure? Enclosure { get; init; }

    public TimeSpan? Duration { get; init; }

    public int? EpisodeNumber { get; init; }

    public int? Season { get; init; }

    public ImmutableArray<FeedPerson> Persons { get; init; } = [];

    public ImmutableArray<FeedTranscript> Transcripts { get; init; } = [];

    /// <summary>URL of the Podcasting 2.0 chapters file written by <see cref="ChaptersJson"/>.</summary>
    public string? ChaptersUrl { get; init; }

    public string? ImageUrl { get; init; }

    /// <summary>Null inherits the channel's setting.</summary>
    public bool? Explicit { get; init; }
}
