namespace SiteGen.Text.Chapters;

/// <summary>Knobs of the boundary search. Defaults come from official outlines of long-form interviews.</summary>
internal sealed record SegmentationSettings
{
    public static SegmentationSettings Default { get; } = new();

    /// <summary>Minutes of speech on each side of a gap when measuring cohesion (about two thirds of a chapter).</summary>
    public double WindowMinutes { get; init; } = 6;

    /// <summary>Minutes per pseudo-document when computing in-episode IDF.</summary>
    public double BlockMinutes { get; init; } = 1;

    public double MinMinutes { get; init; } = 3;

    public double MaxMinutes { get; init; } = 35;

    /// <summary>Boundary model to use instead of the default chosen by whether paragraphs name their speakers.</summary>
    public BoundaryModel? Model { get; init; }
}
