using System.Collections.Immutable;
using System.Globalization;
using SiteGen.Building;
using SiteGen.Core.Documents;
using SiteGen.Modules;
using SiteGen.Text.Names;
using SiteGen.Text.Prose;
using SiteGen.Text.Transcripts;

namespace SiteGen.Rendering;

/// <summary>The episode page's glossary: each entity once, with its mentions, description and page.</summary>
internal static class GlossaryViews
{
    // Beyond this many, the links to mentions stop being a map and become noise.
    private const int MaxMentionLinks = 12;

    public static ImmutableArray<GlossaryView> For(Document document)
    {
        var items = document.GetOrDefault(Keys.Glossary, ImmutableArray<GlossaryItem>.Empty);
        if (items.IsDefaultOrEmpty)
        {
            return [];
        }

        var names = document.GetOrDefault(Keys.SiteNames, SiteNames.Empty);
        var paragraphs = document.GetOrDefault(Keys.Paragraphs, ImmutableArray<Paragraph>.Empty);
        var mentions = EntityMentions.Of(document);
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var views = ImmutableArray.CreateBuilder<GlossaryView>(items.Length);
        foreach (var item in items)
        {
            var anchor = "g-" + Slugs.From(item.Name, 50);
            for (var n = 2; !anchors.Add(anchor); n++)
            {
                anchor = string.Create(CultureInfo.InvariantCulture, $"g-{Slugs.From(item.Name, 50)}-{n}");
            }

            var url = names.Guests.Contains(item.Name) ? Links.Guest(item.Name)
                : names.Entities.Contains(item.Name) ? Links.Entity(item.Name)
                : null;
            var links = ImmutableArray.CreateBuilder<MentionView>();
            foreach (var p in mentions.Paragraphs(item))
            {
                if (links.Count == MaxMentionLinks)
                {
                    break;
                }

                var label = p < paragraphs.Length && paragraphs[p].Start is { } start
                    ? Formats.Clock(start)
                    : string.Create(CultureInfo.InvariantCulture, $"¶{p + 1}");
                links.Add(new MentionView(label, ParagraphView.AnchorOf(p)));
            }

            views.Add(new GlossaryView(
                item.Name,
                anchor,
                Kind(item.Type),
                Math.Max(item.Mentions, 1),
                links.ToImmutable(),
                item.Description,
                item.Description is null ? item.Context : null,
                item.Link is { } link && Settings.SafeUrl.IsAllowed(link) ? link : null,
                url));
        }

        return views.ToImmutable();
    }

    public static string Kind(EntityType type) => type switch
    {
        EntityType.Person => "Person",
        EntityType.Organization => "Organisation",
        EntityType.Work => "Work",
        EntityType.Place => "Place",
        EntityType.Event => "Event",
        _ => "Name",
    };
}
