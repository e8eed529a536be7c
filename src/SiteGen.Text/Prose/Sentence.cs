namespace SiteGen.Text.Prose;

/// <summary>A sentence of readable prose (punctuated and cased) with the time and speaker of its first word.</summary>
public sealed record Sentence(string Text, TimeSpan? Start, string? Speaker);
