namespace SiteGen.Text.Similarity;

/// <summary>An episode and how often it says each lowercased word, in order of first use.</summary>
internal sealed record WordCounts(RelatedEpisodeInput Input, Dictionary<string, int> Counts);
