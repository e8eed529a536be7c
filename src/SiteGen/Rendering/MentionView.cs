namespace SiteGen.Rendering;

/// <summary>A link from a glossary entry to a paragraph that mentions it: the label is the paragraph's time when known.</summary>
internal sealed record MentionView(string Label, string Anchor);
