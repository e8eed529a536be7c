using System.Collections.Immutable;
using SiteGen.Core.Documents;

namespace SiteGen.Modules;

/// <summary>
/// The names the whole site knows, for links from each episode: the guests (who have guest pages), the entities with an
/// entity page, and those among them that two or more episodes mention (the topics). An entity is there in every
/// spelling an episode uses; spellings that differ only in case share one page.
/// </summary>
internal sealed record SiteNames(ImmutableHashSet<string> Guests, ImmutableHashSet<string> Entities, ImmutableHashSet<string> Topics)
{
    public static SiteNames Empty { get; } = new([], [], []);

    /// <summary>The names <see cref="MarkSiteEntities"/> gave every episode of the site.</summary>
    public static SiteNames Of(IReadOnlyList<Document> episodes) =>
        episodes.Count == 0 ? Empty : episodes[0].GetOrDefault(Keys.SiteNames, Empty);
}
