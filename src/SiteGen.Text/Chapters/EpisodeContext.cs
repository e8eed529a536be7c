using System.Collections.Immutable;

namespace SiteGen.Text.Chapters;

/// <summary>What the chapter and summary steps know about an episode besides its words.</summary>
public sealed record EpisodeContext
{
    public string? Title { get; init; }

    public string? PodcastName { get; init; }

    public ImmutableArray<string> Guests { get; init; } = [];

    public ImmutableArray<string> Hosts { get; init; } = [];

    public static EpisodeContext Empty { get; } = new();
}
