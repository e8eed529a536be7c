using System.Collections.Immutable;

namespace SiteGen.Text.Transcripts;

/// <summary>What is known about an episode from its header, front matter or sidecar file.</summary>
public sealed record TranscriptMetadata
{
    public string? Title { get; init; }
    public string? Topic { get; init; }
    public string? PodcastName { get; init; }
    public int? EpisodeNumber { get; init; }
    public DateOnly? Date { get; init; }
    public ImmutableArray<string> Guests { get; init; } = [];
    public string? AudioUrl { get; init; }
    public long? AudioSize { get; init; }
    public string? VideoId { get; init; }
    public TimeSpan? Duration { get; init; }
    public string? Slug { get; init; }
    public string? Description { get; init; }
    public bool Draft { get; init; }
    public string? Language { get; init; }

    /// <summary>Problems that did not stop the reading, each "file:line: message" (an unknown key, say); the site logs them.</summary>
    public ImmutableArray<string> Warnings { get; init; } = [];
}
