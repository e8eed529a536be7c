using System.Collections.Immutable;

namespace SiteGen.Text.Prose;

/// <summary>A few sentences that read as one paragraph; a paragraph never mixes speakers.</summary>
public sealed record Paragraph(ImmutableArray<Sentence> Sentences)
{
    public TimeSpan? Start => Sentences.IsDefaultOrEmpty ? null : Sentences[0].Start;

    public string? Speaker => Sentences.IsDefaultOrEmpty ? null : Sentences[0].Speaker;

    public string Text => string.Join(' ', Sentences.Select(s => s.Text));
}
