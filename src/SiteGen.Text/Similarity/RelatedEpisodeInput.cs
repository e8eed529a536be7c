using System.Collections.Immutable;

namespace SiteGen.Text.Similarity;

/// <summary>What the related-episodes index needs of one episode: its words, its named entities and its guests.</summary>
public sealed record RelatedEpisodeInput(string Id, string Text, ImmutableArray<string> Entities, ImmutableArray<string> Guests)
{
    /// <summary>An episode whose words were counted before: the counts stand for its text.</summary>
    public RelatedEpisodeInput(string id, EpisodeWords words, ImmutableArray<string> entities, ImmutableArray<string> guests)
        : this(id, string.Empty, entities, guests) => Words = words;

    /// <summary>The counts of <see cref="Text"/>'s words when they were made before; null to count the text.</summary>
    public EpisodeWords? Words { get; }
}
