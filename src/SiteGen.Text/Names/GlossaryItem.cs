using System.Collections.Immutable;

namespace SiteGen.Text.Names;

/// <summary>
/// A named entity of one episode for its glossary: the display name, what it is, how often it is mentioned (first-name
/// or surname mentions of a person count toward the full name), the 0-based sentence of its first mention, and the
/// glossary file's description and link when it gives them.
/// </summary>
public sealed record GlossaryItem(
    string Name,
    EntityType Type,
    int Mentions,
    int FirstSentence,
    string? Description,
    string? Link)
{
    /// <summary>The 0-based sentences that mention the entity (any of its variants), in order.</summary>
    public ImmutableArray<int> MentionSentences { get; init; } = [];

    /// <summary>The sentence of its most informative mention, when one describes it.</summary>
    public string? Context { get; init; }
}
