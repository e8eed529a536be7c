using System.Collections.Immutable;

namespace SiteGen.Training.Corpus;

/// <summary>One row of episodes.csv: the video's full title, the episode's own title (its topic) and its guests.</summary>
internal sealed record CatalogEpisode(int Number, string Title, string Topic, ImmutableArray<string> Guests);
