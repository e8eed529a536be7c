namespace SiteGen.Text.Chapters;

/// <summary>Knobs of the boundary search. Defaults come from official outlines of long-form interviews.</summary>
internal sealed record SegmentationSettings
{
    public static SegmentationSettings Default { get; } = new();

    /// <summary>Minutes of speech on each side of a gap when measuring cohesion (about two thirds of a chapter).</summary>
    public double WindowMinutes { get; init; } = 6;

    /// <summary>Minutes per pseudo-document when computing in-episode IDF.</summary>
    public double BlockMinutes { get; init; } = 1;

    /// <summary>Most likely chapter length; topics in long interviews shift every 5-15 minutes.</summary>
    public double TargetMinutes { get; init; } = 9;

    public double MinMinutes { get; init; } = 3;

    public double MaxMinutes { get; init; } = 35;

    /// <summary>Weight of the log-normal length prior against boundary strength.</summary>
    public double LengthWeight { get; init; } = 1.0;

    /// <summary>Cost of one more chapter, in standard deviations of depth.</summary>
    public double BoundaryCost { get; init; } = 1.0;

    /// <summary>Bonus, in standard deviations of depth, for a gap where a new speaker asks a question.</summary>
    public double QuestionCue { get; init; } = 0.5;

}
