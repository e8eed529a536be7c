using System.Collections.Immutable;

namespace SiteGen.Rendering;

/// <summary>An episode in a list (home page, guest and topic pages).</summary>
internal sealed record EpisodeListItem(
    string Title,
    string Url,
    int? Number,
    int SortNumber,
    string DateIso,
    string? DateDisplay,
    ImmutableArray<string> Guests,
    string GuestSlugs,
    string TopicSlugs,
    string? Description);
