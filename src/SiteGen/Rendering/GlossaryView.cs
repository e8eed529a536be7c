using System.Collections.Immutable;

namespace SiteGen.Rendering;

/// <summary>
/// A glossary entry on the episode page: the entity, what it is, how often it is mentioned with links to those
/// paragraphs, a description (the glossary file's, else the episode's own words that describe it) and the entity's
/// own page.
/// </summary>
internal sealed record GlossaryView(
    string Name,
    string Anchor,
    string Kind,
    int Mentions,
    ImmutableArray<MentionView> MentionLinks,
    string? Description,
    string? Quote,
    string? Link,
    string? Url);
