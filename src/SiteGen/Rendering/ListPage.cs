using System.Collections.Immutable;

namespace SiteGen.Rendering;

/// <summary>The <c>list</c> template's page: guests, topics and their indexes.</summary>
internal static class ListPage
{
    public static PageSpec Spec(string destination, string title, string? description, string? intro, ImmutableArray<LinkItem> items) =>
        new("list", destination, title, description, ImmutableDictionary<string, object?>.Empty.Add("list", new { title, intro, items }))
        {
            Searchable = false,
        };
}
