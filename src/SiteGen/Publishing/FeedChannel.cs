using System.Collections.Immutable;

namespace SiteGen.Publishing;

/// <summary>The show as a feed describes it; the fields Apple Podcasts requires are the non-nullable ones.</summary>
internal sealed record FeedChannel
{
    public required string Title { get; init; }

    /// <summary>The site's home page.</summary>
    public required string Link { get; init; }

    public required string Description { get; init; }

    /// <summary>An ISO 639 language code such as "en" or "en-US".</summary>
    public string Language { get; init; } = "en";

    public required string Author { get; init; }

    /// <summary>Show artwork (Apple: square JPEG or PNG, 1400–3000 px).</summary>
    public required string ImageUrl { get; init; }

    public ImmutableArray<FeedCategory> Categories { get; init; } = [];

    public bool Explicit { get; init; }

    public string? OwnerName { get; init; }

    public string? OwnerEmail { get; init; }

    /// <summary>The feed's own URL (atom:link rel="self"), and the source of podcast:guid.</summary>
    public string? FeedUrl { get; init; }

    public string? Copyright { get; init; }

    public ImmutableArray<FeedPerson> Persons { get; init; } = [];

    public DateTimeOffset? LastBuildDate { get; init; }
}
