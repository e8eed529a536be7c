using System.Collections.Immutable;

namespace SiteGen.Text.Names;

/// <summary>One curated entry of a site's glossary file: the canonical spelling, forms to correct, and what to show.</summary>
public sealed record GlossaryEntry(
    string Name,
    ImmutableArray<string> Aliases,
    EntityType Type,
    string? Description,
    string? Link);
