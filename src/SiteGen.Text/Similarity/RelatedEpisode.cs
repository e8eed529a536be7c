using System.Collections.Immutable;

namespace SiteGen.Text.Similarity;

/// <summary>An episode worth linking from another one, with the shared guests, entities and topic words that explain why.</summary>
public sealed record RelatedEpisode(string Id, double Score, ImmutableArray<string> Reasons);
