using System.Collections.Immutable;

namespace SiteGen.Text.Similarity;

/// <summary>What the related-episodes index needs of one episode: its words, its named entities and its guests.</summary>
public sealed record RelatedEpisodeInput(string Id, string Text, ImmutableArray<string> Entities, ImmutableArray<string> Guests);
