namespace SiteGen.Text.Similarity;

/// <summary>Tuning of <see cref="RelatedEpisodesIndex"/>; the defaults suit long-form interview podcasts.</summary>
public sealed record RelatedEpisodesOptions
{
    public static RelatedEpisodesOptions Default { get; } = new();

    /// <summary>Distinctive terms kept per episode; pruning bounds the work per query whatever the episode length.</summary>
    public int ProfileTerms { get; init; } = 100;

    /// <summary>A term said fewer times in an episode is not one of its topics, however rare it is.</summary>
    public int MinTermFrequency { get; init; } = 2;

    public int MaxResults { get; init; } = 5;

    /// <summary>Results kept even when weak, so every page has something to link (when the site has enough episodes).</summary>
    public int MinResults { get; init; } = 3;

    /// <summary>Beyond <see cref="MinResults"/>, a result must score at least this share of the best one.</summary>
    public double RelativeCutoff { get; init; } = 0.5;

    /// <summary>Weight of the cosine of shared guests, added to the text cosine (both lie in 0..1).</summary>
    public double GuestWeight { get; init; } = 0.5;

    /// <summary>Weight of the IDF-weighted cosine of shared named entities.</summary>
    public double EntityWeight { get; init; } = 0.3;

    public double K1 { get; init; } = 1.2;

    public double B { get; init; } = 0.75;

    public int MaxReasons { get; init; } = 5;
}
