using System.Collections.Immutable;

namespace SiteGen.Text.Names;

/// <summary>
/// A named entity of one episode for its glossary: the display name, what it is, how often it is mentioned (every
/// variant counts: first-name or surname mentions of a person, plurals), the 0-based sentence of its first mention, the
/// glossary file's description and link when it gives them, the 0-based indices of every sentence that mentions it
/// (ascending, each once), and the sentence of its most informative mention ("X is a ...", "X, the company that ...":
/// not a question, 8–40 words), null when no mention describes it or the glossary file gives a description.
/// </summary>
public sealed record GlossaryItem(
    string Name,
    EntityType Type,
    int Mentions,
    int FirstSentence,
    string? Description,
    string? Link,
    ImmutableArray<int> MentionSentences,
    string? Context);
